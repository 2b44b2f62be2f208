package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.Items;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Judgements;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores imported prompts inside the caller's write transaction: the prompt item, its candidates (a response
 * already stored for the item with the same text and model is reused, so importing a file twice adds nothing) and,
 * on request, the imported decisions as judgements by the annotators the file names ({@value #IMPORTED} when it
 * names none).
 */
final class PromptStore {

    /** The annotator id of judgements that came with imported data. */
    static final String IMPORTED = "imported";

    private final Connection c;
    private final String collection;
    private final String actor;
    private final PreparedStatement findItem;
    private final PreparedStatement findJudgement;
    private long added;
    private long changed;
    private long unchanged;
    private long candidates;
    private long judgements;
    private long undecidable;
    private long verdicts;
    private long repeated;
    private long alreadyStored;
    private final java.util.Set<String> judgedHere = new java.util.HashSet<>();
    private final Map<String, Long> byAnnotator = new java.util.TreeMap<>();

    PromptStore(Connection c, String collection, String actor) throws SQLException {
        this.c = c;
        this.collection = collection;
        this.actor = actor;
        this.findItem = c.prepareStatement("SELECT id FROM item WHERE external_id = ?");
        this.findJudgement = c.prepareStatement("SELECT 1 FROM judgement WHERE uid = ?");
    }

    void store(PromptRecord r, boolean withJudgement) throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        // "lang" and "messages" are the item's own keys: an input column of that name is kept beside them
        r.meta().forEach((k, v) -> meta.put(k.equals("lang") || k.equals("messages") ? "input_" + k : k, v));
        meta.put("lang", r.lang());
        if (r.messagesJson() != null) {
            meta.put("messages", r.messagesJson());
        }
        Item item = Item.of(r.externalId(), ItemKind.PROMPT, r.lang(), collection, (int) Math.min(r.line(), Integer.MAX_VALUE),
                Map.of("prompt", r.prompt()), null, meta);
        ImportSummary s = Items.importAll(c, List.of(item).iterator(), Progress.NONE);
        added += s.added();
        changed += s.changed();
        unchanged += s.unchanged();
        long itemId = itemId(r.externalId());
        List<Candidate> existing = Candidates.forItem(c, itemId);
        List<Long> ids = new ArrayList<>(r.responses().size());
        for (PromptRecord.Response response : r.responses()) {
            ids.add(candidateId(itemId, response, existing));
        }
        verdicts += r.verdicts().size();
        if (withJudgement) {
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (PromptRecord.Verdict v : r.verdicts()) {
                judge(r, v, itemId, ids, seen);
            }
        }
    }

    private long itemId(String externalId) throws SQLException {
        findItem.setString(1, externalId);
        try (ResultSet rs = findItem.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("item " + externalId + " vanished inside its own import");
            }
            return rs.getLong(1);
        }
    }

    private long candidateId(long itemId, PromptRecord.Response r, List<Candidate> existing) throws SQLException {
        for (Candidate k : existing) {
            if (k.text().equals(r.text()) && Objects.equals(k.model(), r.model())) {
                return k.id();
            }
        }
        Candidate k = new Candidate(0, itemId, r.externalId(), r.text(), r.lang(), null, "imported", null, r.backend(),
                r.model(), r.params(), r.seed(), Map.of(), Map.of(), r.meta(), null);
        long id = Candidates.add(c, k, actor);
        existing.add(new Candidate(id, itemId, r.externalId(), r.text(), r.lang(), null, "imported", null, null,
                r.model(), null, null, null, null, null, null));
        candidates++;
        return id;
    }

    /**
     * Stores one decision unless the same annotator's same decision is already stored. The uid hashes the item,
     * language, groups and, for a named annotator, the annotator, the timestamp and which repeat within the record
     * it is: two annotators agreeing stay two judgements, while re-importing a file adds nothing. Decisions of the
     * unnamed importer keep the key they always had, so files imported before annotators were read still match.
     */
    private void judge(PromptRecord r, PromptRecord.Verdict v, long itemId, List<Long> ids, Map<String, Integer> seen)
            throws SQLException {
        List<List<Long>> groups = new ArrayList<>();
        StringBuilder key = new StringBuilder(r.externalId()).append('\0').append(r.lang());
        for (List<Integer> g : v.groups()) {
            List<Long> group = g.stream().map(ids::get).sorted().distinct().toList();
            groups.add(group);
            key.append('\0').append(group);
        }
        boolean named = !IMPORTED.equals(v.annotator());
        if (named) {
            key.append("\0by\0").append(v.annotator()).append(v.bothBad() ? "\0both-bad" : "")
                    .append(v.adjudication() ? "\0adjudication" : "")
                    .append(v.createdAt() == null ? "" : "\0at\0" + v.createdAt());
            int repeat = seen.merge(key.toString(), 1, Integer::sum);
            if (repeat > 1) {
                // the same annotator deciding the same way twice on one record (a swapped repeat) is two judgements
                key.append("\0#").append(repeat);
            }
        }
        String lang = r.responses().isEmpty() || r.responses().get(0).lang() == null ? r.lang()
                : r.responses().get(0).lang();
        String uid = "imported-" + sha256(key.toString()).substring(0, 40);
        findJudgement.setString(1, uid);
        try (ResultSet rs = findJudgement.executeQuery()) {
            if (rs.next()) {
                // Counted, never dropped silently: the same decision again in this file, or from an earlier import.
                if (judgedHere.contains(uid)) {
                    repeated++;
                } else {
                    alreadyStored++;
                }
                return;
            }
        }
        long listed = groups.stream().mapToLong(List::size).sum();
        if (groups.stream().flatMap(List::stream).distinct().count() != listed) {
            // two responses of the decision are one stored text: there is nothing to prefer between them
            undecidable++;
            return;
        }
        List<Long> shown = v.shown() == null ? null : v.shown().stream().map(ids::get).toList();
        Judgement j;
        if (listed == 2 && groups.size() <= 2) {
            List<Long> flat = groups.stream().flatMap(List::stream).sorted().toList();
            long a = flat.get(0);
            long b = flat.get(1);
            // A and B are the fixed order (smaller id first), whatever order the file listed them in
            String winner = v.bothBad() ? "both-bad" : groups.size() == 1 ? "tie" : groups.get(0).get(0) == a ? "A" : "B";
            Integer strength = v.strength() == null ? null : winner.equals("A") ? v.strength()
                    : winner.equals("B") ? -v.strength() : 0;
            Map<String, Object> display = shown == null || shown.size() != 2 ? null
                    : Map.of("left", shown.get(0), "right", shown.get(1));
            j = new Judgement(0, uid, itemId, v.annotator(), lang, "pairwise", a, b, winner, strength, null, false,
                    display, null, null, v.rationale(), null, v.timeMs(), null, v.adjudication(), v.createdAt());
        } else {
            Map<String, Object> display = shown == null ? null : Map.of("order", shown);
            j = new Judgement(0, uid, itemId, v.annotator(), lang, "ranking", null, null, null, null, groups,
                    v.bothBad(), display, null, null, v.rationale(), null, v.timeMs(), null, v.adjudication(),
                    v.createdAt());
        }
        Judgements.insert(c, j);
        judgedHere.add(uid);
        judgements++;
        byAnnotator.merge(v.annotator(), 1L, Long::sum);
    }

    /** Judgements stored, per annotator id. */
    Map<String, Long> byAnnotator() {
        return byAnnotator;
    }

    ImportSummary items() {
        return new ImportSummary(added, changed, unchanged);
    }

    long candidates() {
        return candidates;
    }

    long judgements() {
        return judgements;
    }

    /** Records that carried a decision, imported as a judgement or not. */
    long verdicts() {
        return verdicts;
    }

    /** Decisions that repeated an earlier record of this file exactly, merged into its judgement. */
    long repeated() {
        return repeated;
    }

    /** Decisions already stored as judgements by an earlier import of the same data. */
    long alreadyStored() {
        return alreadyStored;
    }

    /** Decisions not imported because two of their responses were the same text. */
    long undecidable() {
        return undecidable;
    }

    /** An id for a prompt that came without one: the same prompt in the same language always gets the same id. */
    static String derivedId(String lang, String promptOrMessages) {
        return "p-" + sha256(lang + "\0" + promptOrMessages).substring(0, 24);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    void close() throws SQLException {
        findItem.close();
        findJudgement.close();
    }

}
