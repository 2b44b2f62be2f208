package io.indaba.core.audit;

import io.indaba.core.store.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audits of one language as they count: the newest audit per reviewer and item, and the newest decision per
 * item and field. Read once so that statistics, rules and exports over 10,000 items need one query each.
 */
public final class AuditBook {

    private final String lang;
    private final Map<Long, Map<String, Audit>> byItem = new LinkedHashMap<>();
    private final Map<Long, Map<String, AuditDecision>> decisions = new HashMap<>();

    private AuditBook(String lang) {
        this.lang = lang;
    }

    /** Reads the audits and decisions of {@code lang}. */
    public static AuditBook read(Database db, String lang) {
        AuditBook book = new AuditBook(lang);
        db.read(c -> {
            Audits.forEach(c, lang, a -> book.byItem.computeIfAbsent(a.itemId(), k -> new LinkedHashMap<>())
                    .put(a.reviewerId(), a)); // id order: the newest audit of a reviewer stands
            AuditDecisions.forEach(c, lang, d -> book.decisions.computeIfAbsent(d.itemId(), k -> new HashMap<>())
                    .put(d.field(), d));
            return null;
        });
        return book;
    }

    /** The language. */
    public String lang() {
        return lang;
    }

    /** The audited items in the order of their first audit. */
    public List<Long> items() {
        return new ArrayList<>(byItem.keySet());
    }

    /** The counted audit of each reviewer of one item. */
    public Map<String, Audit> audits(long itemId) {
        return byItem.getOrDefault(itemId, Map.of());
    }

    /** The decision on one field of one item, or null. */
    public AuditDecision decision(long itemId, String field) {
        return decisions.getOrDefault(itemId, Map.of()).get(field);
    }

    /** Each reviewer's answer to {@code field}, unanswered reviewers left out. */
    public Map<String, List<String>> votes(long itemId, String field) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        audits(itemId).forEach((reviewer, audit) -> {
            if (!audit.answer(field).isEmpty()) {
                out.put(reviewer, audit.answer(field));
            }
        });
        return out;
    }

    /** The answers rules read: the decision alone where one was made, else every reviewer's answer. */
    public List<List<String>> counted(long itemId, String field) {
        AuditDecision d = decision(itemId, field);
        return d != null ? List.of(d.answer()) : new ArrayList<>(votes(itemId, field).values());
    }
}
