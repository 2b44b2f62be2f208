package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.Progress;
import io.indaba.core.audit.Audit;
import io.indaba.core.audit.AuditBook;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.RuleSet;
import io.indaba.core.audit.RuleSets;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Global-MMLU out, JSONL or CSV by the file name: a row whose question, options, answer and votes are what the file
 * said is written back byte for byte; a changed one is rebuilt with the carried columns of its stored row.
 */
final class GlobalMmluExporter implements Exporter {

    @Override
    public String id() {
        return "global-mmlu";
    }

    @Override
    public String description() {
        return "Global-MMLU rows (.jsonl or .csv by --out): items in --lang with the reviewers' votes as string-encoded "
                + "lists; untouched rows byte-identical";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out (a .jsonl or .csv file) is required");
        }
        String source = project.settings().sourceLang();
        String lang = options.lang() == null ? source : options.lang();
        boolean csv = GlobalMmlu.csv(options.out());
        AuditBook book = AuditBook.read(project.database(), lang);
        Field knowledge = new Taxonomies(project.database()).current().field("knowledge").orElse(null);
        RuleSet rules = new RuleSets(project.database()).current();
        List<Item> items = new ArrayList<>();
        project.items().forEach(null, item -> {
            if (item.kind() == ItemKind.MCQ) {
                items.add(item);
            }
        });
        // the order of the file the rows came from; rows the project added follow in item order
        items.sort(Comparator.comparingLong(i -> Long.parseLong(i.meta().getOrDefault(GlobalMmlu.orderKey(lang),
                Long.toString(Long.MAX_VALUE)))));
        long[] count = {0};
        try {
            AtomicFile.write(options.out(), out -> project.database().read(c -> {
                List<String> header = csv ? header(items, lang) : null;
                CsvRecordWriter w;
                try {
                    w = csv ? csvWriter(out, items, lang) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (Item item : items) {
                    Map<String, String> texts = new LinkedHashMap<>(item.fields());
                    if (!lang.equals(source)) {
                        Map<String, Translation> tr = Translations.forItem(c, item.id(), lang);
                        if (tr.isEmpty()) {
                            continue;
                        }
                        tr.forEach((f, t) -> texts.put(f, t.text()));
                    }
                    Map<String, String> modelled = modelled(item, texts, book, knowledge);
                    Map<String, String> defaults = defaults(item, modelled, book, rules);
                    String raw = item.meta().get(GlobalMmlu.rowKey(lang));
                    try {
                        if (csv) {
                            writeCsv(w, raw, modelled, defaults, header);
                        } else {
                            out.write((jsonLine(raw, modelled, defaults) + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                }
                if (w != null) {
                    try {
                        w.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return null;
            }));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return new ExportReport(id(), List.of(options.out()), count[0], List.of());
    }

    /** The columns Indaba holds, as the file spells them: texts, answer letter, votes as Python list literals. */
    private static Map<String, String> modelled(Item item, Map<String, String> texts, AuditBook book, Field knowledge) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("question", texts.getOrDefault("question", ""));
        for (String c : List.of("option_a", "option_b", "option_c", "option_d")) {
            m.put(c, texts.getOrDefault(GlobalMmlu.field(c), ""));
        }
        m.put("answer", item.answer() == null ? "" : item.answer());
        List<String> k = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<Map.Entry<String, Audit>> reviewers = new ArrayList<>(book.audits(item.id()).entrySet());
        reviewers.sort(Comparator.comparing(e -> order(e.getKey())));
        for (Map.Entry<String, Audit> e : reviewers) {
            List<String> answer = e.getValue().answer("knowledge");
            if (!answer.isEmpty()) {
                k.add(oneVote(answer, knowledge));
            }
            List<String> ts = e.getValue().answer("time_sensitive");
            if (!ts.isEmpty() && (ts.get(0).equals("yes") || ts.get(0).equals("no"))) {
                t.add(ts.get(0).equals("yes") ? "Yes" : "No");
            }
        }
        m.put("required_knowledge", PythonList.repr(k));
        m.put("time_sensitive", PythonList.repr(t));
        return m;
    }

    /** The documented rule: the first value other than "none" in taxonomy order, else the first value. */
    private static String oneVote(List<String> answer, Field knowledge) {
        List<String> order = knowledge == null ? answer : knowledge.choices();
        return answer.stream().filter(v -> !v.equals("none"))
                .min(Comparator.comparingInt(v -> order.indexOf(v) < 0 ? Integer.MAX_VALUE : order.indexOf(v)))
                .orElse(answer.get(0));
    }

    /** Sorts global-mmlu-2 before global-mmlu-10, and the file's reviewers before the project's own. */
    private static String order(String reviewer) {
        if (reviewer.startsWith(GlobalMmlu.REVIEWER)) {
            String n = reviewer.substring(GlobalMmlu.REVIEWER.length());
            return "0" + "0".repeat(Math.max(0, 6 - n.length())) + n;
        }
        return "1" + reviewer;
    }

    /** Columns for a row the project has no stored row for. */
    private static Map<String, String> defaults(Item item, Map<String, String> modelled, AuditBook book, RuleSet rules) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sample_id", item.externalId());
        d.put("subject", item.meta().getOrDefault("subject", item.collection()));
        d.put("subject_category", item.meta().getOrDefault("subject_category", ""));
        boolean annotated = !book.audits(item.id()).isEmpty();
        Set<String> labels = annotated ? rules.labels(book, item.id()) : Set.of();
        for (String c : List.of("reference", "culture", "region", "country")) {
            d.put(c, "[]");
        }
        d.put("cultural_sensitivity_label", labels.contains("culturally-sensitive") ? "CS"
                : labels.contains("culturally-agnostic") ? "CA" : "-");
        d.put("is_annotated", annotated ? "True" : "False");
        d.putAll(modelled);
        return d;
    }

    private static boolean same(Map<String, String> stored, Map<String, String> modelled) {
        for (String c : GlobalMmlu.MODELLED) {
            String was = stored.get(c);
            String now = modelled.get(c);
            boolean list = c.equals("required_knowledge") || c.equals("time_sensitive");
            if (list ? !GlobalMmluImporter.list(was).equals(GlobalMmluImporter.list(now))
                    : c.equals("answer") ? !String.valueOf(AnswerKeys.letter(String.valueOf(was))).equals(now)
                    : !now.equals(was)) {
                return false;
            }
        }
        return true;
    }

    private static String jsonLine(String raw, Map<String, String> modelled, Map<String, String> defaults) {
        ObjectNode row;
        if (raw != null) {
            row = (ObjectNode) tree(raw);
            Map<String, String> stored = new LinkedHashMap<>();
            row.properties().forEach(e -> stored.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : null));
            if (same(stored, modelled)) {
                return raw;
            }
            modelled.forEach(row::put);
            return Json.write(row);
        }
        row = Json.MAPPER.createObjectNode();
        for (String c : GlobalMmlu.COLUMNS) {
            if (c.equals("is_annotated")) {
                row.put(c, defaults.get(c).equals("True"));
            } else {
                row.put(c, defaults.get(c));
            }
        }
        return Json.write(row);
    }

    private static CsvRecordWriter csvWriter(OutputStream out, List<Item> items, String lang) throws IOException {
        Map<String, String> layout = layout(items, lang);
        CsvRecordWriter w = new CsvRecordWriter(out, CsvDialect.decode(layout == null ? null : layout.get("dialect")));
        List<String> header = header(items, lang);
        w.write(header, layout == null ? null : nullable(layout.get("quoting")), layout == null ? null
                : nullable(layout.get("eol")));
        return w;
    }

    private static void writeCsv(CsvRecordWriter w, String raw, Map<String, String> modelled,
                                 Map<String, String> defaults, List<String> header) throws IOException {
        if (raw != null) {
            JsonNode stored = tree(raw);
            List<String> values = new ArrayList<>();
            stored.get("values").forEach(v -> values.add(v.asText()));
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                byColumn.put(header.get(i), values.get(i));
            }
            if (same(byColumn, modelled)) {
                w.write(values, nullable(stored.get("quoting").asText()), nullable(stored.get("eol").asText()));
                return;
            }
            byColumn.putAll(modelled);
            w.write(new ArrayList<>(byColumn.values()), null, nullable(stored.get("eol").asText()));
            return;
        }
        List<String> values = new ArrayList<>();
        header.forEach(c -> values.add(defaults.getOrDefault(c, "")));
        w.write(values, null, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> layout(List<Item> items, String lang) {
        for (Item item : items) {
            String json = item.meta().get(GlobalMmlu.csvKey(lang));
            if (json != null) {
                Map<String, Object> m = Json.MAPPER.convertValue(tree(json), Map.class);
                Map<String, String> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(k, v instanceof List<?> l ? Json.write(l) : String.valueOf(v)));
                return out;
            }
        }
        return null;
    }

    private static List<String> header(List<Item> items, String lang) {
        Map<String, String> layout = layout(items, lang);
        if (layout == null) {
            return GlobalMmlu.COLUMNS;
        }
        return List.of(Json.MAPPER.convertValue(tree(layout.get("header")), String[].class));
    }

    private static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("a stored Global-MMLU row is damaged", e);
        }
    }

    private static String nullable(String s) {
        return s == null || s.equals("null") ? null : s;
    }
}
