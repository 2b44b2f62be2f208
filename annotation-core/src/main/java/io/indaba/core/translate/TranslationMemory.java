package io.indaba.core.translate;

import io.indaba.core.item.Item;
import io.indaba.core.item.OpenProject;
import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fuzzy-match suggestions for a source segment, from the project's finished translations and from imported memory
 * entries. It only suggests: nothing is ever written into another item, because the same English option can need
 * different renderings in different items.
 */
public final class TranslationMemory {

    /** Matches below this percentage are not worth showing. */
    public static final int DEFAULT_MIN_PERCENT = 50;
    /** How many suggestions a lookup returns by default. */
    public static final int DEFAULT_MAX_RESULTS = 5;
    /** Entries with this origin prefix are machine output, offered by {@link ImportedMachineDrafts}, not as matches. */
    public static final String MACHINE_ORIGIN_PREFIX = "mt:";

    private static final String FINISHED = "'translated', 'reviewed', 'approved'";

    private final Database db;
    private final Map<LanguagePair, SegmentIndex> indexes = new ConcurrentHashMap<>();
    // Building an index and applying an add are serialised so that a save racing a build is never lost.
    private final Object buildLock = new Object();

    public TranslationMemory(Database db) {
        this.db = db;
    }

    /** The memory of an open project. */
    public static TranslationMemory of(OpenProject project) {
        return new TranslationMemory(project.database());
    }

    /** Suggestions with the defaults for a segment of an item field (0 and "" when it belongs to none). */
    public List<TmMatch> matches(String sourceLang, String targetLang, String source, long itemId, String field) {
        return matches(TmQuery.of(sourceLang, targetLang, source).forItem(itemId, field));
    }

    /** Suggestions best first; the pair's index is built from the project on first use. */
    public List<TmMatch> matches(TmQuery query) {
        SegmentIndex index = index(new LanguagePair(query.sourceLang(), query.targetLang()));
        MatchText text = MatchText.of(query.source());
        List<SegmentIndex.Scored> scored = index.search(text, query.minPercent(), query.maxResults(), s ->
                query.itemId() != 0 && s.key().itemId() == query.itemId() && s.key().field().equals(query.field()));
        List<TmMatch> out = new ArrayList<>(scored.size());
        for (SegmentIndex.Scored s : scored) {
            MemorySegment m = s.segment();
            out.add(new TmMatch(s.percentage(), m.source(), m.target(), m.origin(), m.key().itemId(), m.key().field(),
                    m.key().entryId(), SourceDiff.of(m.source(), query.source())));
        }
        return out;
    }

    /**
     * Tells the memory that a translation was saved: a finished translation (translated, reviewed, approved) of an
     * unchanged source becomes a suggestion for other items, anything else withdraws the item field's suggestion.
     */
    public void add(Item item, Translation translation) {
        boolean finished = !translation.status().unfinished() && !translation.sourceChanged();
        String source = item.field(translation.field());
        MemorySegment segment = MemorySegment.ofTranslation(item.id(), translation.field(), source, translation.text());
        synchronized (buildLock) {
            indexes.forEach((pair, index) -> {
                if (pair.covers(item.sourceLang(), translation.lang())) {
                    if (finished && !source.isBlank()) {
                        index.put(segment);
                    } else {
                        index.remove(segment.key());
                    }
                }
            });
        }
    }

    /** Tells the memory that an entry was stored in {@code tm_entry} (e.g. by a TMX import). */
    public void add(MemoryEntry entry) {
        if (entry.id() == 0) {
            throw new IllegalArgumentException("store the entry first: it has no id");
        }
        if (entry.origin().startsWith(MACHINE_ORIGIN_PREFIX)) {
            return;
        }
        synchronized (buildLock) {
            indexes.forEach((pair, index) -> {
                if (pair.covers(entry.sourceLang(), entry.targetLang())) {
                    index.put(MemorySegment.ofEntry(entry));
                }
            });
        }
    }

    /** Drops every built index (e.g. after a bulk import); the next lookup rebuilds from the project. */
    public void invalidate() {
        synchronized (buildLock) {
            indexes.clear();
        }
    }

    /** How many segments serve this pair (builds its index if needed). */
    public int size(String sourceLang, String targetLang) {
        return index(new LanguagePair(sourceLang, targetLang)).size();
    }

    private SegmentIndex index(LanguagePair pair) {
        SegmentIndex index = indexes.get(pair);
        if (index != null) {
            return index;
        }
        synchronized (buildLock) {
            return indexes.computeIfAbsent(pair, p -> db.read(c -> build(c, p)));
        }
    }

    private static SegmentIndex build(Connection c, LanguagePair pair) throws SQLException {
        SegmentIndex index = new SegmentIndex();
        addTranslations(c, pair, index);
        MemoryEntries.forTarget(c, pair.target(), MACHINE_ORIGIN_PREFIX, false, e -> {
            if (pair.covers(e.sourceLang(), e.targetLang()) && !e.sourceText().isBlank()) {
                index.put(MemorySegment.ofEntry(e));
            }
        });
        return index;
    }

    private static void addTranslations(Connection c, LanguagePair pair, SegmentIndex index) throws SQLException {
        String primary = LanguagePair.primary(pair.target());
        // A translation whose source changed since it was made no longer translates the item's current text.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.item_id, t.field, t.lang, t.body, i.source_lang, "
                + "i.fields FROM translation t JOIN item i ON i.id = t.item_id WHERE t.status IN (" + FINISHED + ") "
                + "AND t.source_changed = 0 AND (lower(t.lang) = ? OR lower(t.lang) LIKE ?) ORDER BY t.item_id")) {
            ps.setString(1, primary);
            ps.setString(2, primary + "-%");
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                long lastItem = -1;
                Map<String, String> fields = Map.of();
                while (rs.next()) {
                    if (!pair.covers(rs.getString(5), rs.getString(3))) {
                        continue;
                    }
                    long itemId = rs.getLong(1);
                    if (itemId != lastItem) {
                        fields = Json.stringMap(rs.getString(6));
                        lastItem = itemId;
                    }
                    String source = fields.getOrDefault(rs.getString(2), "");
                    if (!source.isBlank()) {
                        index.put(MemorySegment.ofTranslation(itemId, rs.getString(2), source, rs.getString(4)));
                    }
                }
            }
        }
    }
}
