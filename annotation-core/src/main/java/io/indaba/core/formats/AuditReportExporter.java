package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.audit.AuditHtml;
import io.indaba.core.audit.AuditReport;
import io.indaba.core.audit.AuditReports;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import io.indaba.core.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The audit report as one offline HTML page (inline CSS and SVG, no script); {@code indaba report --audit}. */
final class AuditReportExporter implements Exporter {

    @Override
    public String id() {
        return "audit-html";
    }

    @Override
    public String description() {
        return "the cultural audit report as one HTML page readable offline (agreement per field, distributions, "
                + "labels per subject, reviewer agreement); --set bootstrap=N";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out (an .html file) is required");
        }
        int bootstrap = Integer.parseInt(options.flag("bootstrap", "1000"));
        AuditReport report = new AuditReports(project.database()).compute(options.lang(), bootstrap, 1);
        Taxonomies taxonomies = new Taxonomies(project.database());
        Taxonomy guideline = taxonomies.version(report.guidelineVersion()).orElseGet(taxonomies::current);
        byte[] html = AuditHtml.render(project.settings().name(), report, guideline).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(options.out(), out -> out.write(html));
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        return new ExportReport(id(), List.of(options.out()), report.languages().size(), List.of());
    }
}
