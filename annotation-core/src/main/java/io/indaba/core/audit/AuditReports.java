package io.indaba.core.audit;

import io.indaba.core.store.Database;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the audit report of a project: per language, agreement per field, derived labels and reviewer reliability. */
public final class AuditReports {

    private final Database db;

    public AuditReports(Database db) {
        this.db = db;
    }

    /** The languages that have audits, sorted. */
    public List<String> languages() {
        return new ArrayList<>(new Audits(db).countsByLanguage().keySet());
    }

    /** The report for one language, or for every audited language when {@code lang} is null. */
    public AuditReport compute(String lang, int bootstrap, long seed) {
        Taxonomy taxonomy = new Taxonomies(db).current();
        RuleSet rules = new RuleSets(db).current();
        AuditStatistics statistics = new AuditStatistics(taxonomy, bootstrap, seed);
        Map<Long, String> subjects = subjects();
        List<LanguageAudit> out = new ArrayList<>();
        for (String tag : lang == null ? languages() : List.of(lang)) {
            AuditBook book = AuditBook.read(db, tag);
            Set<String> reviewers = new LinkedHashSet<>();
            Map<String, Long> labels = new LinkedHashMap<>();
            rules.rules().forEach(r -> labels.put(r.label(), 0L));
            Map<String, Map<String, Long>> bySubject = new TreeMap<>();
            for (long itemId : book.items()) {
                reviewers.addAll(book.audits(itemId).keySet());
                Map<String, Long> subject = bySubject.computeIfAbsent(subjects.getOrDefault(itemId, ""), s -> {
                    Map<String, Long> zero = new LinkedHashMap<>();
                    rules.rules().forEach(r -> zero.put(r.label(), 0L));
                    return zero;
                });
                for (String label : rules.labels(book, itemId)) {
                    labels.merge(label, 1L, Long::sum);
                    subject.merge(label, 1L, Long::sum);
                }
            }
            out.add(new LanguageAudit(tag, book.items().size(), new ArrayList<>(reviewers), statistics.fields(book),
                    labels, bySubject, statistics.agreementWithMajority(book)));
        }
        return new AuditReport(taxonomy.version(), rules.version(), bootstrap, seed, out);
    }

    /** Each audited item's subject: its collection (an MMLU file name such as virology_test). */
    private Map<Long, String> subjects() {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, collection FROM item WHERE id IN (SELECT item_id FROM audit)")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
