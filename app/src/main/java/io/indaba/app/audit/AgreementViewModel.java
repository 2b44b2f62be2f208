package io.indaba.app.audit;

import io.indaba.app.common.Messages;
import io.indaba.app.prefer.ProjectAccess;
import io.indaba.core.audit.AuditReport;
import io.indaba.core.audit.AuditReports;
import io.indaba.core.audit.Field;
import io.indaba.core.audit.FieldAgreement;
import io.indaba.core.audit.LanguageAudit;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit agreement of one language as table rows (the figures of {@code indaba stats --audit}), the label counts,
 * and the note that explains a low alpha beside high agreement on a dominant value.
 */
public final class AgreementViewModel {

    /** Resamples behind the intervals on screen: enough for a stable 95% interval, quick on 10,000 items. */
    static final int BOOTSTRAP = 500;

    /** One field's figures, formatted for a table. */
    public record Row(String field, String metric, String units, String observed, String mostCommon, String alpha,
                      String gwet, String abstentions) {
    }

    private final ProjectAccess access;
    private final String lang;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty labels = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty subjects = new SimpleStringProperty("");
    private Taxonomy taxonomy = Taxonomy.defaults();

    public AgreementViewModel(ProjectAccess access, String lang) {
        this.access = access;
        this.lang = lang;
    }

    /** Computes the figures in the background. */
    public void load() {
        access.run(Messages.get("audit.agreement.loading"), p -> new Loaded(new Taxonomies(p.database()).current(),
                new AuditReports(p.database()).compute(new AuditReports(p.database()).languages().contains(lang)
                        ? lang : null, BOOTSTRAP, 1)), loaded -> {
                            taxonomy = loaded.taxonomy();
                            show(loaded.report());
                        }, e -> note.set(Messages.format("audit.loadFailed", e.getMessage())));
    }

    private record Loaded(Taxonomy taxonomy, AuditReport report) {
    }

    private void show(AuditReport report) {
        LanguageAudit l = report.languages().stream().filter(x -> x.lang().equals(lang)).findFirst().orElse(null);
        if (l == null) {
            rows.clear();
            labels.set("");
            subjects.set("");
            note.set(Messages.get("audit.agreement.none"));
            return;
        }
        boolean paradox = false;
        rows.clear();
        for (FieldAgreement f : l.fields()) {
            if (f.units() == 0) {
                continue;
            }
            StringBuilder alpha = new StringBuilder(num(f.alpha()) + " (" + num(f.alphaLow()) + "–" + num(f.alphaHigh())
                    + ")");
            Field field = taxonomy.field(f.field()).orElse(null);
            f.alphaPerValue().forEach((v, a) -> alpha.append("; ").append(word(field, v)).append(' ').append(num(a)));
            Map<String, Long> abstentions = new LinkedHashMap<>();
            f.abstentions().forEach((v, n) -> abstentions.put(word(field, v), n));
            rows.add(new Row(field == null ? f.field() : field.label(), f.metric(), Integer.toString(f.units()),
                    pct(f.observedAgreement()),
                    (f.mostCommon() == null ? "—" : word(field, f.mostCommon())) + " " + pct(f.mostCommonShare()),
                    alpha.toString(), f.acName().isEmpty() ? "" : f.acName() + " " + num(f.ac()),
                    counts(abstentions)));
            paradox |= f.observedAgreement() >= 0.7 && f.mostCommonShare() >= 0.7 && f.alpha() < 0.4;
        }
        labels.set(Messages.format("audit.agreement.labels", report.ruleVersion(), counts(l.labels())));
        StringBuilder perSubject = new StringBuilder();
        l.labelsBySubject().forEach((subject, counts) -> perSubject.append(perSubject.isEmpty() ? "" : "\n")
                .append(subject.isEmpty() ? "—" : subject).append(": ").append(counts(counts)));
        subjects.set(perSubject.isEmpty() ? "" : Messages.format("audit.agreement.subjects", perSubject));
        note.set(paradox ? Messages.get("audit.agreement.paradox") : "");
    }

    private static String word(Field field, String value) {
        return field == null ? value : field.valueLabel(value);
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> {
            if (v > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(k).append(' ').append(v);
            }
        });
        return s.isEmpty() ? "—" : s.toString();
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty labelsProperty() {
        return labels;
    }

    /** The labels per subject (collection), one line each: CS and CA counts per subject among them. */
    public StringProperty subjectsProperty() {
        return subjects;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
