package io.indaba.core.audit;

import java.util.Locale;
import java.util.Map;

/**
 * The audit report as one HTML page that any browser reads offline: inline CSS, charts as inline SVG bars, no
 * script. Per language: agreement per field with the distribution behind it, labels per subject, reviewer agreement.
 */
public final class AuditHtml {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;"
            + "text-align:left;vertical-align:top}th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:"
            + "tabular-nums}.note{background:#fff8e1;padding:.6em;border-left:4px solid #f0b400}.muted{color:#666}"
            + "svg text{font-size:11px;font-family:system-ui,sans-serif}";

    private final StringBuilder out = new StringBuilder();

    private final Taxonomy taxonomy;

    private AuditHtml(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The page for {@code report}, titled with the project's name, fields and values shown by their ids. */
    public static String render(String projectName, AuditReport report) {
        return render(projectName, report, null);
    }

    /**
     * The page for {@code report}, titled with the project's name; fields and values are shown in {@code taxonomy}'s
     * words (the guideline the report was made under), or by their ids where it is null or does not know them.
     */
    public static String render(String projectName, AuditReport report, Taxonomy taxonomy) {
        AuditHtml html = new AuditHtml(taxonomy);
        html.page(projectName, report);
        return html.out.toString();
    }

    private void page(String name, AuditReport report) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cultural audit — ")
                .append(esc(name)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>Cultural audit — ").append(esc(name)).append("</h1>\n<p class=\"muted\">Audit guideline version ")
                .append(report.guidelineVersion()).append(", rule set version ").append(report.ruleVersion())
                .append("; alpha intervals from ").append(report.bootstrap()).append(" bootstrap resamples (seed ")
                .append(report.seed()).append(").</p>\n");
        if (report.languages().isEmpty()) {
            out.append("<p>No audits yet.</p>\n");
        }
        for (LanguageAudit l : report.languages()) {
            language(l, report.ruleVersion());
        }
        out.append("</body></html>\n");
    }

    private void language(LanguageAudit l, int ruleVersion) {
        out.append("<h2>").append(esc(l.lang())).append("</h2>\n<p>").append(l.items()).append(" audited items; reviewers: ")
                .append(esc(String.join(", ", l.reviewers()))).append("</p>\n");
        out.append("<table><tr><th>field</th><th>metric</th><th class=\"num\">items</th><th class=\"num\">observed"
                + "</th><th>most common</th><th class=\"num\">alpha (95% CI)</th><th class=\"num\">Gwet</th>"
                + "<th>abstentions</th><th>distribution</th></tr>\n");
        boolean paradox = false;
        for (FieldAgreement f : l.fields()) {
            if (f.units() == 0) {
                continue;
            }
            out.append("<tr><td>").append(esc(fieldName(f.field()))).append("</td><td>").append(f.metric()).append("</td><td class=\"num\">")
                    .append(f.units()).append("</td><td class=\"num\">").append(pct(f.observedAgreement()))
                    .append("</td><td>").append(esc(words(f.field(), f.mostCommon()))).append(" (")
                    .append(pct(f.mostCommonShare())).append(")</td><td class=\"num\">").append(num(f.alpha()))
                    .append(" (").append(num(f.alphaLow())).append("–").append(num(f.alphaHigh())).append(")");
            f.alphaPerValue().forEach((v, a) -> out.append("<br><span class=\"muted\">").append(esc(words(f.field(), v))).append(": ")
                    .append(num(a)).append("</span>"));
            out.append("</td><td class=\"num\">").append(f.acName().isEmpty() ? "" : f.acName() + " " + num(f.ac()))
                    .append("</td><td>").append(counts(f.field(), f.abstentions(), true)).append("</td><td>");
            bars(f.field(), f.distribution());
            out.append("</td></tr>\n");
            paradox |= f.observedAgreement() >= 0.7 && f.mostCommonShare() >= 0.7 && f.alpha() < 0.4;
        }
        out.append("</table>\n");
        if (paradox) {
            out.append("<p class=\"note\">Where one value dominates (most common above 70%), chance agreement is high, so "
                    + "alpha and kappa stay low even though reviewers mostly agree. Gwet's coefficient does not depend on "
                    + "that and is shown beside alpha; read both with the observed agreement.</p>\n");
        }
        out.append("<h3>Labels (rule set version ").append(ruleVersion).append(")</h3>\n<table><tr><th>subject</th>");
        l.labels().keySet().forEach(k -> out.append("<th class=\"num\">").append(esc(k)).append("</th>"));
        out.append("</tr>\n<tr><td><b>all</b></td>");
        l.labels().values().forEach(v -> out.append("<td class=\"num\"><b>").append(v).append("</b></td>"));
        out.append("</tr>\n");
        l.labelsBySubject().forEach((subject, counts) -> {
            out.append("<tr><td>").append(esc(subject.isEmpty() ? "(no subject)" : subject)).append("</td>");
            l.labels().keySet().forEach(k -> out.append("<td class=\"num\">").append(counts.getOrDefault(k, 0L))
                    .append("</td>"));
            out.append("</tr>\n");
        });
        out.append("</table>\n<h3>Reviewers: agreement with the other reviewers' majority</h3>\n");
        Map<String, Long> asCounts = new java.util.LinkedHashMap<>();
        l.reviewerAgreementWithMajority().forEach((r, share) -> asCounts.put(r + " " + pct(share), Math.round(share * 1000)));
        bars(null, asCounts); // reviewer names, not values of a field
    }

    /** Horizontal bars scaled to the largest count, labelled with value and count. */
    private void bars(String field, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (max == 0) {
            return;
        }
        int row = 16;
        out.append("<svg role=\"img\" width=\"320\" height=\"").append(row * counts.size()).append("\">");
        int y = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long w = Math.max(1, Math.round(150.0 * e.getValue() / max));
            out.append("<rect x=\"140\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"11\" fill=\"#4a7bd0\"/><text x=\"0\" y=\"").append(y + 12).append("\">")
                    .append(esc(shorten(words(field, e.getKey())))).append("</text><text x=\"").append(145 + w).append("\" y=\"")
                    .append(y + 12).append("\">").append(e.getValue()).append("</text>");
            y += row;
        }
        out.append("</svg>");
    }

    /** The field's name in the guideline's words, else its key. */
    private String fieldName(String key) {
        return taxonomy == null ? key : taxonomy.field(key).map(Field::label).orElse(key);
    }

    /** A value (or a comma-separated set of values) in the field's words, else as stored. */
    private String words(String field, String value) {
        if (value == null || taxonomy == null || field == null) {
            return String.valueOf(value);
        }
        return taxonomy.field(field).map(f -> {
            StringBuilder shown = new StringBuilder();
            for (String v : value.split(",", -1)) {
                shown.append(shown.isEmpty() ? "" : ", ").append(v.isEmpty() ? v : f.valueLabel(v));
            }
            return shown.toString();
        }).orElse(value);
    }

    private String counts(String field, Map<String, Long> counts, boolean skipZero) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> {
            if (!skipZero || v > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(esc(words(field, k))).append(' ').append(v);
            }
        });
        return s.isEmpty() ? "—" : s.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "…";
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
