package io.indaba.core.qa;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.Translations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Feeds a project's translations to the QA checks: one {@link QaItem} per item and target language, with machine
 * drafts (imported MT, stored as memory entries of origin {@code mt:...}) and the language pair's glossary. MCQ
 * choices {@code A..D} are the checks' {@code option1..4}; findings are mapped back to the stored field names.
 */
public final class ProjectQa {

    private static final java.util.regex.Pattern OPTION_NAME = java.util.regex.Pattern.compile("\\boption[1-9][0-9]?\\b");

    private final QaRunner runner;

    public ProjectQa(QaRunner runner) {
        this.runner = runner;
    }

    /** The checks with the standard policy. */
    public static ProjectQa standard() {
        return new ProjectQa(QaRunner.standard());
    }

    /** The stored field name as the checks call it. */
    public static String qaField(Item item, String field) {
        if (item.kind() == ItemKind.MCQ && field.length() == 1 && field.charAt(0) >= 'A' && field.charAt(0) <= 'Z') {
            return QaFields.option(field.charAt(0) - 'A' + 1);
        }
        return field;
    }

    /** The stored field name of a finding's field. */
    public static String storedField(Item item, String qaField) {
        if (item.kind() == ItemKind.MCQ && qaField.startsWith("option")) {
            int n = QaFields.optionNumber(qaField);
            if (n >= 1 && n <= 26) {
                return String.valueOf((char) ('A' + n - 1));
            }
        }
        return qaField;
    }

    /** The finding with its field, and the fields its message names, as stored ({@code B}, not {@code option2}). */
    public static QaFinding stored(Item item, QaFinding f) {
        String field = storedField(item, f.field());
        // the translator sees choices as A..D in the editor, so a message about "option2" names nothing they see
        String message = item.kind() == ItemKind.MCQ
                ? OPTION_NAME.matcher(f.message()).replaceAll(m -> storedField(item, m.group())) : f.message();
        return field.equals(f.field()) && message.equals(f.message()) ? f : new QaFinding(f.checkId(), f.severity(),
                f.itemId(), field, f.lang(), message, f.fixedTarget(), f.ranges());
    }

    /** The checks' view of one item in one language; untranslated fields have a null target. */
    public static QaItem item(Item item, String lang, Map<String, Translation> translations, Map<String, String> drafts,
                              List<GlossaryTerm> glossary) {
        QaItemKind kind = QaItemKind.fromId(item.kind().code());
        List<QaSegment> segments = new ArrayList<>();
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            Translation t = translations.get(f.getKey());
            segments.add(new QaSegment(item.externalId(), kind, qaField(item, f.getKey()), lang, f.getValue(),
                    t == null ? null : t.text(), drafts.get(f.getKey())));
        }
        // The answer key is locked: unless a translated key was stored (an imported file carried its own), the
        // translation's key is the source's, and answer-changed has nothing to report.
        Translation answer = translations.get("answer");
        return new QaItem(item.externalId(), kind, lang, item.answer(), answer == null ? item.answer() : answer.text(),
                segments, glossary);
    }

    /** Checks one item as the editor shows it and returns findings with stored field names. */
    public List<QaFinding> check(Project project, Item item, String lang) {
        return project.database().read(c -> {
            QaItem qa = item(item, lang, Translations.forItem(c, item.id(), lang), drafts(c, lang, item.externalId()),
                    glossary(c, item.sourceLang(), lang));
            return runner.check(qa).stream().map(f -> stored(item, f)).toList();
        });
    }

    /**
     * Checks every item that has at least one translation into {@code lang}, streaming findings (stored field
     * names) to {@code sink}; returns the number of items checked.
     */
    public long run(Project project, String lang, Consumer<QaFinding> sink, Progress progress) {
        long[] checked = {0};
        project.database().read(c -> {
            Map<String, Map<String, String>> drafts = allDrafts(c, lang);
            List<GlossaryTerm> glossary = glossary(c, project.settings().sourceLang(), lang);
            project.items().forEach(null, item -> {
                Map<String, Translation> tr;
                try {
                    tr = Translations.forItem(c, item.id(), lang);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                if (tr.isEmpty()) {
                    return;
                }
                QaItem qa = item(item, lang, tr, drafts.getOrDefault(item.externalId(), Map.of()), glossary);
                runner.check(qa).forEach(f -> sink.accept(stored(item, f)));
                if (++checked[0] % 256 == 0) {
                    if (progress.cancelled()) {
                        throw new Cancelled();
                    }
                    progress.update(checked[0], -1);
                }
            });
            return null;
        });
        return checked[0];
    }

    private static Map<String, String> drafts(Connection c, String lang, String externalId) throws SQLException {
        return allDrafts(c, lang).getOrDefault(externalId, Map.of());
    }

    /**
     * Machine drafts by item external id and field: memory entries of origin {@code mt:...} (imported MT files, files
     * from an {@code _mt} folder, LLM pre-translations), the newest per field.
     */
    private static Map<String, Map<String, String>> allDrafts(Connection c, String lang) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT meta, target_text FROM tm_entry WHERE target_lang = ? AND origin LIKE 'mt:%' ORDER BY id")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LinkedHashMap<String, String> meta = Json.stringMap(rs.getString(1));
                    String item = meta.get("item");
                    String field = meta.get("field");
                    if (item != null && field != null) {
                        out.computeIfAbsent(item, k -> new HashMap<>()).put(field, rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private static List<GlossaryTerm> glossary(Connection c, String sourceLang, String lang) throws SQLException {
        List<GlossaryTerm> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_term, target_term FROM glossary_term WHERE source_lang = ? AND target_lang = ?")) {
            ps.setString(1, sourceLang);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).isBlank() && !rs.getString(2).isBlank()) {
                        out.add(new GlossaryTerm(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }
}
