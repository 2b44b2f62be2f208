package io.indaba.core.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The in-memory fuzzy index of one language pair: a trigram inverted index picks the candidates sharing the most
 * informative trigrams with the query, and a bit-vector edit distance scores only those. Safe for concurrent
 * lookups and adds.
 */
final class SegmentIndex {

    /** How many trigram-ranked candidates get a real edit distance; more costs time, fewer risks missing one. */
    static final int DEFAULT_CANDIDATES = 400;
    /**
     * How many postings one lookup may walk. The query's rarest trigrams are counted first; the commonest (" th",
     * "the") say least about similarity and are the ones dropped when a query would exceed this.
     */
    static final int DEFAULT_POSTINGS_BUDGET = 300_000;

    /** A scored segment, before the diff is computed for display. */
    record Scored(MemorySegment segment, int percentage, int position) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final PostingsTable postings = new PostingsTable();
    private final Map<MemorySegment.Key, Integer> positions = new HashMap<>();
    private final int candidates;
    private final int postingsBudget;
    private MemorySegment[] segments = new MemorySegment[64];
    // Kept beside the segments so the candidate scan does not chase a pointer per touched segment.
    private int[] lengths = new int[64];
    private int[] gramCounts = new int[64];
    private int count;
    private int live;

    SegmentIndex() {
        this(DEFAULT_CANDIDATES, DEFAULT_POSTINGS_BUDGET);
    }

    SegmentIndex(int candidates, int postingsBudget) {
        this.candidates = candidates;
        this.postingsBudget = postingsBudget;
    }

    /** Adds a segment, replacing the one with the same key; a segment with a blank source is only removed. */
    void put(MemorySegment segment) {
        lock.writeLock().lock();
        try {
            removeLocked(segment.key());
            if (segment.text().length() == 0) {
                return;
            }
            if (count == segments.length) {
                segments = Arrays.copyOf(segments, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
                gramCounts = Arrays.copyOf(gramCounts, count * 2);
            }
            int position = count++;
            long[] grams = Trigrams.of(segment.text().graphemes());
            for (long g : grams) {
                postings.getOrCreate(g).add(position);
            }
            segments[position] = segment;
            lengths[position] = segment.text().length();
            gramCounts[position] = grams.length;
            positions.put(segment.key(), position);
            live++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the segment with this key, if any; its postings stay behind pointing at an empty slot. */
    void remove(MemorySegment.Key key) {
        lock.writeLock().lock();
        try {
            removeLocked(key);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeLocked(MemorySegment.Key key) {
        Integer old = positions.remove(key);
        if (old != null) {
            segments[old] = null;
            live--;
        }
    }

    /** How many segments the index holds. */
    int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The segments scoring at least {@code minPercent} against {@code query}, best first (newest first on a tie),
     * each distinct source/target pair once, at most {@code limit}.
     */
    List<Scored> search(MatchText query, int minPercent, int limit, Predicate<MemorySegment> exclude) {
        if (query.length() == 0 || limit <= 0) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            int[] shortlist = shortlist(query, minPercent, exclude);
            BitVectorDistance distance = new BitVectorDistance(query.graphemes());
            List<Scored> scored = new ArrayList<>();
            Set<List<String>> distinct = new HashSet<>();
            PriorityQueue<Integer> best = new PriorityQueue<>();
            for (int position : shortlist) {
                MemorySegment s = segments[position];
                int longer = Math.max(query.length(), lengths[position]);
                // Once enough distinct matches are in hand, a candidate must at least tie the weakest of them.
                int bound = best.size() < limit ? minPercent : Math.max(minPercent, best.peek());
                if (Math.abs(query.length() - lengths[position]) > Similarity.distanceLimit(longer, bound)) {
                    continue;
                }
                int percentage = Similarity.fromDistance(distance.distance(s.text().graphemes()), longer);
                if (percentage < bound) {
                    continue;
                }
                scored.add(new Scored(s, percentage, position));
                if (distinct.add(List.of(s.text().text(), s.target()))) {
                    best.add(percentage);
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
            }
            scored.sort(Comparator.comparingInt(Scored::percentage).reversed()
                    .thenComparing(Comparator.comparingInt(Scored::position).reversed()));
            List<Scored> out = new ArrayList<>();
            Set<List<String>> seen = new HashSet<>();
            for (Scored s : scored) {
                if (out.size() < limit && seen.add(List.of(s.segment().text().text(), s.segment().target()))) {
                    out.add(s);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The positions of the best candidates by shared trigrams, most shared first. */
    private int[] shortlist(MatchText query, int minPercent, Predicate<MemorySegment> exclude) {
        long[] grams = Trigrams.of(query.graphemes());
        Postings[] lists = new Postings[grams.length];
        int used = 0;
        for (long g : grams) {
            Postings p = postings.get(g);
            if (p != null) {
                lists[used++] = p;
            }
        }
        Arrays.sort(lists, 0, used, Comparator.comparingInt(p -> p.size));
        int[] shared = new int[count];
        int[] touched = new int[count];
        int touchedCount = 0;
        long walked = 0;
        for (int l = 0; l < used; l++) {
            Postings p = lists[l];
            if (l > 0 && walked + p.size > postingsBudget) {
                break;
            }
            walked += p.size;
            int[] ids = p.ids;
            for (int k = 0, size = p.size; k < size; k++) {
                int id = ids[k];
                if (shared[id]++ == 0) {
                    touched[touchedCount++] = id;
                }
            }
        }
        CandidateHeap heap = new CandidateHeap(candidates);
        int qLength = query.length();
        for (int k = 0; k < touchedCount; k++) {
            int id = touched[k];
            // The length difference alone is a lower bound on the edit distance.
            int longer = Math.max(qLength, lengths[id]);
            if (Math.abs(qLength - lengths[id]) > Similarity.distanceLimit(longer, minPercent)) {
                continue;
            }
            int score = (int) (1_000_000L * shared[id] / Math.max(grams.length, gramCounts[id]));
            if (heap.wouldAccept(score) && segments[id] != null && !exclude.test(segments[id])) {
                heap.offer(score, id);
            }
        }
        return heap.bestFirst();
    }
}
