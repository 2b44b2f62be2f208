package io.indaba.core.packages;

import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Judgements;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Merges a returned package into its project inside one write transaction (see {@link AnnotatorPackage#merge}). */
final class PackageMerge {

    private static final String JUDGEMENT_COLUMNS = "id, uid, item_id, annotator_id, lang, kind, candidate_a, "
            + "candidate_b, winner, strength, ranking, none_acceptable, display, ratings, flags, rationale, aids, "
            + "time_on_task_ms, guideline_version, adjudication, created_at";
    private static final String CANDIDATE_COLUMNS = "id, item_id, external_id, body, lang_requested, lang_detected, "
            + "origin, parent_candidate_id, backend, model, params, seed, timing, usage_stats, meta, created_at";

    private PackageMerge() {
    }

    static MergeReport run(Connection src, Connection dst, PackageGrant grant, String claimed, Path file)
            throws SQLException {
        checkItems(src, dst, file);
        String annotatorId = grant.annotatorId();
        List<MergeReport.Conflict> conflicts = new ArrayList<>();
        if (!annotatorId.equals(claimed)) {
            conflicts.add(new MergeReport.Conflict("", "the package names '" + claimed + "' as its annotator, but it "
                    + "was exported for '" + annotatorId + "'; only " + annotatorId + "'s votes are accepted"));
        }
        long[] candidatesAdded = {0};
        Map<Long, Long> ids = candidates(src, dst, grant, candidatesAdded, conflicts);
        long added = 0;
        long identical = 0;
        try (PreparedStatement read = src.prepareStatement("SELECT " + JUDGEMENT_COLUMNS + " FROM judgement ORDER BY id");
             PreparedStatement find = dst.prepareStatement("SELECT " + JUDGEMENT_COLUMNS + " FROM judgement WHERE uid = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Judgement j = remap(Judgements.read(rs), ids);
                find.setString(1, j.uid());
                Judgement stored;
                try (ResultSet hit = find.executeQuery()) {
                    stored = hit.next() ? Judgements.read(hit) : null;
                }
                if (stored == null) {
                    String refused = refusal(j, grant, ids);
                    if (refused != null) {
                        conflicts.add(new MergeReport.Conflict(j.uid(), refused));
                        continue;
                    }
                    Judgements.insert(dst, j);
                    added++;
                } else {
                    List<String> differ = differences(stored, j);
                    if (differ.isEmpty()) {
                        identical++;
                    } else {
                        conflicts.add(new MergeReport.Conflict(j.uid(), "differs from the stored judgement in "
                                + String.join(", ", differ) + "; the stored one was kept"));
                    }
                }
            }
        }
        EventLog.append(dst, annotatorId, "package.merged", "annotator", annotatorId, Map.of(
                "file", file.getFileName().toString(), "added", added, "identical", identical,
                "conflicts", conflicts.size(), "candidates", candidatesAdded[0]));
        return new MergeReport(annotatorId, added, identical, candidatesAdded[0], conflicts);
    }

    /** Why a new judgement from the package may not be merged, or null when it may. */
    private static String refusal(Judgement j, PackageGrant grant, Map<Long, Long> ids) {
        if (j.adjudication()) {
            return "an adjudication; a package carries only its annotator's votes, never a reviewer's decision";
        }
        if (!grant.annotatorId().equals(j.annotatorId())) {
            return "made by '" + j.annotatorId() + "', but the package was exported for '" + grant.annotatorId() + "'";
        }
        if (!grant.assigned(j.itemId(), j.lang())) {
            return "item " + j.itemId() + " in " + j.lang() + " was not assigned to '" + grant.annotatorId()
                    + "' in this package";
        }
        for (Long candidate : java.util.stream.Stream.concat(java.util.stream.Stream.of(j.candidateA(), j.candidateB()),
                j.ranking().stream().flatMap(List::stream)).filter(Objects::nonNull).toList()) {
            if (!ids.containsValue(candidate)) {
                return "refers to candidate " + candidate + ", which the package may not add";
            }
        }
        return null;
    }

    /** Refuses a package made from another project: its items must be this project's items under the same ids. */
    private static void checkItems(Connection src, Connection dst, Path file) throws SQLException {
        try (var s = src.createStatement(); ResultSet rs = s.executeQuery("SELECT id, external_id FROM item");
             PreparedStatement find = dst.prepareStatement("SELECT external_id FROM item WHERE id = ?")) {
            while (rs.next()) {
                find.setLong(1, rs.getLong(1));
                try (ResultSet hit = find.executeQuery()) {
                    String here = hit.next() ? hit.getString(1) : null;
                    if (!rs.getString(2).equals(here)) {
                        throw new IllegalArgumentException(file + " was not made from this project: its item "
                                + rs.getLong(1) + " is '" + rs.getString(2) + "' there and "
                                + (here == null ? "missing" : "'" + here + "'") + " here");
                    }
                }
            }
        }
    }

    /**
     * Maps each package candidate to a project candidate: the same id when it is the same text of the same item,
     * else an equal candidate added by an earlier merge, else a new one (an annotator's edit).
     */
    private static Map<Long, Long> candidates(Connection src, Connection dst, PackageGrant grant, long[] added,
                                              List<MergeReport.Conflict> refused) throws SQLException {
        String annotatorId = grant.annotatorId();
        java.util.Set<Long> items = grant.items();
        Map<Long, Long> ids = new HashMap<>();
        try (var s = src.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + CANDIDATE_COLUMNS + " FROM candidate ORDER BY id");
             PreparedStatement same = dst.prepareStatement("SELECT item_id, body FROM candidate WHERE id = ?");
             PreparedStatement equal = dst.prepareStatement("SELECT id FROM candidate WHERE item_id = ? AND body = ? "
                     + "AND origin = ? ORDER BY id LIMIT 1")) {
            while (rs.next()) {
                Candidate k = Candidates.read(rs);
                same.setLong(1, k.id());
                try (ResultSet hit = same.executeQuery()) {
                    if (hit.next() && hit.getLong(1) == k.itemId() && hit.getString(2).equals(k.text())) {
                        ids.put(k.id(), k.id());
                        continue;
                    }
                }
                equal.setLong(1, k.itemId());
                equal.setString(2, k.text());
                equal.setString(3, k.origin());
                try (ResultSet hit = equal.executeQuery()) {
                    if (hit.next()) {
                        ids.put(k.id(), hit.getLong(1));
                        continue;
                    }
                }
                if (!items.contains(k.itemId())) {
                    refused.add(new MergeReport.Conflict("candidate " + k.id(), "a new candidate for item " + k.itemId()
                            + ", which was not assigned to '" + annotatorId + "' in this package"));
                    continue;
                }
                Long parent = k.parentId() == null ? null : ids.get(k.parentId());
                Candidate copy = new Candidate(0, k.itemId(), k.externalId(), k.text(), k.langRequested(),
                        k.langDetected(), k.origin(), parent, k.backend(), k.model(), k.params(), k.seed(), k.timing(),
                        k.usage(), k.meta(), k.createdAt());
                ids.put(k.id(), Candidates.add(dst, copy, annotatorId));
                added[0]++;
            }
        }
        return ids;
    }

    /** The judgement with its candidate ids in project terms, A and B again in id order. */
    static Judgement remap(Judgement j, Map<Long, Long> ids) {
        Long a = map(j.candidateA(), ids);
        Long b = map(j.candidateB(), ids);
        if (Objects.equals(a, j.candidateA()) && Objects.equals(b, j.candidateB()) && ranking(j, ids) == j.ranking()
                && display(j.display(), ids) == j.display()) {
            return j;
        }
        String winner = j.winner();
        Integer strength = j.strength();
        if (a != null && b != null && a > b) {
            // the edited candidate got a larger id: keep A as the smaller id and flip the decision with it
            Long t = a;
            a = b;
            b = t;
            winner = "A".equals(winner) ? "B" : "B".equals(winner) ? "A" : winner;
            strength = strength == null ? null : -strength;
        }
        return new Judgement(j.id(), j.uid(), j.itemId(), j.annotatorId(), j.lang(), j.kind(), a, b, winner, strength,
                ranking(j, ids), j.noneAcceptable(), display(j.display(), ids), j.ratings(), j.flags(), j.rationale(),
                j.aids(), j.timeOnTaskMs(), j.guidelineVersion(), j.adjudication(), j.createdAt());
    }

    private static Long map(Long id, Map<Long, Long> ids) {
        return id == null ? null : ids.getOrDefault(id, id);
    }

    private static List<List<Long>> ranking(Judgement j, Map<Long, Long> ids) {
        boolean changed = j.ranking().stream().flatMap(List::stream).anyMatch(id -> !map(id, ids).equals(id));
        return !changed ? j.ranking() : j.ranking().stream().map(g -> g.stream().map(id -> map(id, ids)).toList())
                .toList();
    }

    private static Map<String, Object> display(Map<String, Object> display, Map<Long, Long> ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Object> e : display.entrySet()) {
            Object v = e.getValue();
            if ((e.getKey().equals("left") || e.getKey().equals("right")) && v instanceof Number n
                    && !map(n.longValue(), ids).equals(n.longValue())) {
                v = map(n.longValue(), ids);
                changed = true;
            }
            out.put(e.getKey(), v);
        }
        return changed ? out : display;
    }

    /** The names of the fields in which two judgements with one uid differ (their row ids never count). */
    static List<String> differences(Judgement stored, Judgement incoming) {
        Map<String, Object> x = Json.MAPPER.convertValue(stored, Json.MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
        Map<String, Object> y = Json.MAPPER.convertValue(incoming, Json.MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
        List<String> out = new ArrayList<>();
        for (String field : x.keySet()) {
            // compared as JSON text, so 5 read back as an Integer equals 5 written as a Long
            if (!field.equals("id") && !Json.write(x.get(field)).equals(Json.write(y.get(field)))) {
                out.add(field);
            }
        }
        return out;
    }
}
