package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.Progress;
import io.indaba.core.audit.AuditRow;
import io.indaba.core.audit.AuditTransfer;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import io.indaba.core.text.StrictText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Global-MMLU as JSONL or CSV: items (or, with {@code --target-lang}, translations of them), and the reviewers'
 * votes as audits in the file's language by the rule in {@link GlobalMmlu}. Each item keeps the row it came from, so
 * an untouched row goes out byte for byte.
 */
final class GlobalMmluImporter implements Importer {

    /** One row: its line, its values by column, and the row as the file wrote it. */
    private record Row(long line, Map<String, String> values, String raw) {
    }

    @Override
    public String id() {
        return "global-mmlu";
    }

    @Override
    public String description() {
        return "Global-MMLU (JSONL or CSV): items or, with --target-lang, their translations, and the reviewers' "
                + "votes (required_knowledge, time_sensitive) as audits";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("sample_id") && text.contains("subject_category") && text.contains("required_knowledge")
                ? 90 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        TranslationLanguage translated = TranslationLanguage.resolve(file, options.targetLang(), null, null);
        String lang = translated != null ? translated.tag() : project.settings().sourceLang();
        Map<String, String> layout = new LinkedHashMap<>();
        List<Row> rows = GlobalMmlu.csv(file) ? csvRows(file, bad, lang, layout) : jsonRows(file, bad);
        List<SourceImport.Read> reads = new ArrayList<>();
        Map<String, Integer> perSubject = new HashMap<>();
        for (Row r : rows) {
            try {
                reads.add(new SourceImport.Read(r.line(), item(file, r, lang, layout, perSubject,
                        project.settings().sourceLang())));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        List<String> notes = new ArrayList<>();
        ImportSummary summary = new ImportSummary(0, 0, 0);
        long translations = 0;
        if (translated != null) {
            translations = attach(project, file, translated, reads, options, bad);
            notes.add(lang + " translations");
        } else {
            summary = SourceImport.store(project, file, id(), reads, options, bad, progress);
        }
        List<AuditRow> votes = votes(project, rows, lang);
        if (!votes.isEmpty()) {
            AuditTransfer.Result r = new AuditTransfer(project.database()).importRows(votes, options.actor());
            notes.add(r.added() + " audits added from the votes, " + r.unchanged() + " already in the project"
                    + (r.conflicts().isEmpty() ? "" : ", " + r.conflicts().size() + " conflicts kept as they were"));
        }
        return new ImportReport(id(), summary, translations, 0, 0, 0, bad.list(), notes);
    }

    private static Item item(Path file, Row r, String lang, Map<String, String> layout,
                             Map<String, Integer> perSubject, String sourceLang) {
        Map<String, String> v = r.values();
        String id = v.get("sample_id");
        if (id == null || id.isBlank() || v.get("question") == null) {
            throw new BadInputException(file, r.line(), "a Global-MMLU row needs sample_id and question");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", v.get("question"));
        for (String c : List.of("option_a", "option_b", "option_c", "option_d")) {
            fields.put(GlobalMmlu.field(c), v.getOrDefault(c, ""));
        }
        String answer = AnswerKeys.letter(v.getOrDefault("answer", ""));
        if (answer == null) {
            throw new BadInputException(file, r.line(), "answer '" + v.get("answer") + "' is not A-D");
        }
        String subject = v.getOrDefault("subject", "global_mmlu");
        Map<String, String> meta = new LinkedHashMap<>(layout);
        meta.put("subject", subject);
        meta.put("subject_category", v.getOrDefault("subject_category", ""));
        meta.put(GlobalMmlu.rowKey(lang), r.raw());
        meta.put(GlobalMmlu.orderKey(lang), Long.toString(r.line()));
        return Item.of(id, ItemKind.MCQ, sourceLang, subject, perSubject.merge(subject, 1, Integer::sum), fields, answer,
                meta);
    }

    private static long attach(Project project, Path file, TranslationLanguage lang, List<SourceImport.Read> reads,
                               ImportOptions options, BadRows bad) {
        List<TranslatedRow> rows = new ArrayList<>();
        for (SourceImport.Read r : reads) {
            Item item = r.item();
            Map<String, String> keep = new LinkedHashMap<>();
            item.meta().forEach((k, val) -> {
                if (k.startsWith("global-mmlu.")) {
                    keep.put(k, val);
                }
            });
            rows.add(new TranslatedRow(r.line(), item.externalId(), item.collection(), item.position(), item.fields(),
                    item.answer(), keep));
        }
        return project.database().write(c -> {
            long n = new TranslationAttacher(file, lang.tag(), lang.origin(), options, bad).attach(c, rows);
            EventLog.append(c, options.actor(), "translations.imported", "item", null, Map.of("format", "global-mmlu",
                    "file", file.getFileName().toString(), "lang", lang.tag(), "saved", n));
            return n;
        });
    }

    /** Vote i of required_knowledge and time_sensitive becomes reviewer global-mmlu-(i+1)'s audit in {@code lang}. */
    private static List<AuditRow> votes(Project project, List<Row> rows, String lang) {
        int version = Math.max(1, new Taxonomies(project.database()).current().version());
        List<String> knowledge = new Taxonomies(project.database()).current().field("knowledge")
                .map(io.indaba.core.audit.Field::choices).orElse(List.of());
        List<AuditRow> out = new ArrayList<>();
        for (Row r : rows) {
            String id = r.values().get("sample_id");
            List<String> k = list(r.values().get("required_knowledge"));
            List<String> t = list(r.values().get("time_sensitive"));
            for (int i = 0; i < Math.max(k.size(), t.size()); i++) {
                String reviewer = GlobalMmlu.REVIEWER + (i + 1);
                if (i < k.size() && knowledge.contains(k.get(i).toLowerCase(Locale.ROOT))) {
                    out.add(new AuditRow(id, lang, reviewer, version, "knowledge", k.get(i).toLowerCase(Locale.ROOT),
                            null, null));
                }
                String ts = i < t.size() ? t.get(i).toLowerCase(Locale.ROOT) : "";
                if (ts.equals("yes") || ts.equals("no")) {
                    out.add(new AuditRow(id, lang, reviewer, version, "time_sensitive", ts, null, null));
                }
            }
        }
        return out;
    }

    static List<String> list(String literal) {
        if (literal == null || literal.isBlank()) {
            return List.of();
        }
        try {
            return PythonList.parse(literal);
        } catch (IllegalArgumentException e) {
            return List.of(); // a value that is no list is carried in the row, not read as votes
        }
    }

    private static List<Row> jsonRows(Path file, BadRows bad) {
        byte[] bytes = StrictText.bytes(file);
        String text = StrictText.decode(file, bytes, StrictText.encodingOf(bytes));
        List<Row> out = new ArrayList<>();
        long lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = InputJson.read(file, lineNo, line);
                if (!(node instanceof ObjectNode o)) {
                    throw new BadInputException(file, lineNo, "expected a JSON object");
                }
                Map<String, String> values = new LinkedHashMap<>();
                o.properties().forEach(e -> values.put(e.getKey(), e.getValue().isNull() ? null
                        : e.getValue().isValueNode() ? e.getValue().asText() : Json.write(e.getValue())));
                out.add(new Row(lineNo, values, line));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        return out;
    }

    private static List<Row> csvRows(Path file, BadRows bad, String lang, Map<String, String> layout) {
        CsvFile table = CsvFile.read(file);
        if (table.rows().isEmpty() || !table.rows().get(0).values().contains("sample_id")) {
            throw new BadInputException(file, 1, "the header must name sample_id and the Global-MMLU columns");
        }
        CsvRow header = table.rows().get(0);
        layout.put(GlobalMmlu.csvKey(lang), Json.write(Map.of("dialect", table.dialect().encode(),
                "header", header.values(), "quoting", String.valueOf(header.quoting()), "eol", String.valueOf(header.eol()))));
        List<Row> out = new ArrayList<>();
        for (CsvRow r : table.rows().subList(1, table.rows().size())) {
            if (r.size() != header.size()) {
                bad.add(new BadInputException(file, r.line(), "expected " + header.size() + " columns, found " + r.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), r.get(i));
            }
            out.add(new Row(r.line(), values, Json.write(Map.of("values", r.values(),
                    "quoting", String.valueOf(r.quoting()), "eol", String.valueOf(r.eol())))));
        }
        return out;
    }
}
