package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.Progress;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.project.ProjectInfo;
import io.indaba.core.qa.ProjectQa;
import io.indaba.core.qa.QaFinding;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A progress and QA report for project leads: per target language the translation progress by status and every
 * QA finding. {@code --out report.csv} writes one finding per row (for a spreadsheet); any other name writes JSON
 * with the progress, the counts per check and the findings.
 */
public final class QaReportExporter implements Exporter {

    private static final String[] CSV_HEADER =
            {"lang", "item", "field", "check", "severity", "message", "auto_fix"};

    @Override
    public String id() {
        return "qa-report";
    }

    @Override
    public String description() {
        return "progress and QA findings per language (.csv: one finding per row; otherwise JSON)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        List<String> langs = options.lang() == null ? project.settings().targetLangs() : List.of(options.lang());
        ProjectInfo info = project.info();
        Map<String, List<QaFinding>> findings = new TreeMap<>();
        long items = 0;
        for (String lang : langs) {
            List<QaFinding> own = new ArrayList<>();
            items += ProjectQa.standard().run(project, lang, own::add, progress);
            findings.put(lang, own);
        }
        boolean csv = options.out().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        try {
            AtomicFile.write(options.out(), out -> {
                if (csv) {
                    writeCsv(out, findings);
                } else {
                    writeJson(out, info, findings);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        long total = findings.values().stream().mapToLong(List::size).sum();
        return new ExportReport(id(), List.of(options.out()), total,
                List.of(items + " translated items checked in " + String.join(", ", langs)));
    }

    private static void writeCsv(java.io.OutputStream out, Map<String, List<QaFinding>> findings) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (List<QaFinding> own : findings.values()) {
                for (QaFinding f : own) {
                    printer.printRecord(f.lang(), f.itemId(), f.field(), f.checkId(), f.severity().name().toLowerCase(
                            java.util.Locale.ROOT), f.message(), f.autoFix().orElse(""));
                }
            }
        }
    }

    private static void writeJson(java.io.OutputStream out, ProjectInfo info, Map<String, List<QaFinding>> findings)
            throws IOException {
        try (JsonGenerator g = Json.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("project", info.name());
            g.writeNumberField("items", info.items());
            g.writeObjectFieldStart("languages");
            for (Map.Entry<String, List<QaFinding>> e : findings.entrySet()) {
                ProjectInfo.LanguageCounts counts = info.languages().get(e.getKey());
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("name", LanguageTags.displayName(e.getKey()));
                g.writeObjectField("translationsByStatus", counts == null ? Map.of() : counts.translationsByStatus());
                g.writeNumberField("finishedTranslations", counts == null ? 0 : counts.finishedTranslations());
                Map<String, Integer> byCheck = new TreeMap<>();
                e.getValue().forEach(f -> byCheck.merge(f.checkId(), 1, Integer::sum));
                g.writeObjectField("findingsByCheck", byCheck);
                g.writeObjectField("findings", e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
