package io.indaba.core.cli;

import io.indaba.core.audit.AuditReport;
import io.indaba.core.audit.FieldAgreement;
import io.indaba.core.audit.LanguageAudit;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The human-readable form of {@code indaba stats --audit}: one block per language, one row per field. */
final class AuditStatsText {

    private final PrintWriter out;

    AuditStatsText(PrintWriter out) {
        this.out = out;
    }

    void print(String name, String file, AuditReport report) {
        out.printf("%s — %s%n", name, file);
        if (report.languages().isEmpty()) {
            out.println("no audits yet");
            return;
        }
        out.printf("audit guideline version %d, rule set version %d; alpha intervals from %,d bootstrap resamples, "
                + "seed %d%n", report.guidelineVersion(), report.ruleVersion(), report.bootstrap(), report.seed());
        for (LanguageAudit language : report.languages()) {
            out.println();
            out.printf("%s: %,d audited items, reviewers %s%n", language.lang(), language.items(),
                    String.join(", ", language.reviewers()));
            out.printf("  %-20s %-8s %6s %8s %-16s %7s %17s %7s %s%n", "field", "metric", "units", "observed",
                    "most common", "share", "alpha (95% CI)", "AC", "abstentions");
            boolean paradox = false;
            for (FieldAgreement f : language.fields()) {
                if (f.units() == 0) {
                    continue;
                }
                out.printf("  %-20s %-8s %,6d %8s %-16s %7s %17s %7s %s%n", f.field(), f.metric(), f.units(),
                        pct(f.observedAgreement()), f.mostCommon(), pct(f.mostCommonShare()),
                        num(f.alpha()) + " (" + num(f.alphaLow()) + ".." + num(f.alphaHigh()) + ")",
                        f.acName().isEmpty() ? "" : f.acName() + " " + num(f.ac()), abstentions(f.abstentions()));
                f.alphaPerValue().forEach((value, alpha) ->
                        out.printf("  %-20s alpha for '%s' (yes/no): %s%n", "", value, num(alpha)));
                paradox |= f.observedAgreement() >= 0.7 && f.mostCommonShare() >= 0.7 && f.alpha() < 0.4;
            }
            if (paradox) {
                out.println("  note: where one value dominates, chance agreement is high, so alpha (and kappa) stay low "
                        + "even when reviewers agree; Gwet's AC is not driven by that and is shown beside it.");
            }
            out.printf("  labels (rule set %d): %s%n", report.ruleVersion(), counts(language.labels()));
            language.labelsBySubject().forEach((subject, labels) ->
                    out.printf("    %-30s %s%n", subject.isEmpty() ? "(no subject)" : subject, counts(labels)));
            if (!language.reviewerAgreementWithMajority().isEmpty()) {
                StringBuilder line = new StringBuilder();
                language.reviewerAgreementWithMajority().forEach((r, share) ->
                        line.append(line.isEmpty() ? "" : ", ").append(r).append(' ').append(pct(share)));
                out.printf("  agreement with the other reviewers' majority: %s%n", line);
            }
        }
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return s.toString();
    }

    private static String abstentions(Map<String, Long> counts) {
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
}
