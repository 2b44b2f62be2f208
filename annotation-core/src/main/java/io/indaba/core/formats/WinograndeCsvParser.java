package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Winogrande CSV, English-only or bilingual, into rows that keep every column's spelling. */
final class WinograndeCsvParser {

    static final String COLUMNS = "csv.columns";
    static final String EXTRA = "column:";

    private WinograndeCsvParser() {
    }

    /** The header's roles, or a clear error when the file has no rows. */
    static WinograndeColumns columns(CsvFile csv) {
        if (csv.rows().isEmpty()) {
            throw new BadInputException(csv.file(), 0, "the file holds no rows");
        }
        return WinograndeColumns.of(csv.file(), csv.rows().getFirst());
    }

    /** The data rows; {@code lang} names the target side's layout keys (null reads the source side only). */
    static List<WinograndeRow> rows(CsvFile csv, WinograndeColumns cols, String lang, BadRows bad) {
        List<CsvRow> rows = csv.rows();
        CsvRow header = rows.getFirst();
        int[] src = cols.sourceColumns();
        List<String> srcHeader = new ArrayList<>();
        List<String> srcRoles = new ArrayList<>();
        for (int i : src) {
            srcHeader.add(header.get(i));
            srcRoles.add(cols.roles().get(i));
        }
        List<WinograndeRow> out = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            try {
                out.add(parse(csv.file(), csv.dialect(), rows.get(i), i, cols, lang, src, srcHeader, srcRoles,
                        header));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        return out;
    }

    private static WinograndeRow parse(Path file, CsvDialect dialect, CsvRow r, int n, WinograndeColumns cols,
                                       String lang, int[] src, List<String> srcHeader, List<String> srcRoles,
                                       CsvRow header) {
        if (r.size() != cols.roles().size()) {
            throw new BadInputException(file, r.line(), "expected " + cols.roles().size() + " columns, found "
                    + r.size());
        }
        String qId = r.get(cols.index("id")).strip();
        if (qId.isEmpty()) {
            throw new BadInputException(file, r.line(), "qID is empty");
        }
        String raw = r.get(cols.index("answer"));
        boolean unlabeled = AnswerKeys.unlabeled(raw);
        String answer = unlabeled ? null : AnswerKeys.option(raw);
        if (!unlabeled && answer == null) {
            throw new BadInputException(file, r.line(), "answer '" + MmluCsvParser.clip(raw)
                    + "' is not 1 or 2 (or empty or 0 for an unlabeled item)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : WinograndeColumns.FIELDS) {
            fields.put(f, r.get(cols.index(f)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        int split = cols.index("split");
        if (split >= 0) {
            meta.put("split", r.get(split));
        }
        for (int i = 0; i < cols.roles().size(); i++) {
            if (cols.roles().get(i).isEmpty()) {
                // Columns Indaba does not read travel with the item so an export writes them back.
                meta.put(EXTRA + header.get(i), r.get(i));
            }
        }
        List<String> srcValues = new ArrayList<>();
        for (int i : src) {
            srcValues.add(r.get(i));
        }
        CsvRow srcRow = new CsvRow(r.line(), srcValues, LayoutMeta.project(r.quoting(), src), r.eol());
        meta.putAll(LayoutMeta.ofRow(null, dialect, srcRow, srcHeader));
        meta.put(COLUMNS, String.join(",", srcRoles));
        if (answer != null && !raw.equals(answer) || answer == null && !raw.isEmpty()) {
            meta.put(LayoutMeta.ANSWER_RAW, raw); // "2.0" or an unlabeled "0" is written back as it was
        }
        Map<String, String> translated = null;
        Map<String, String> targetLayout = null;
        if (cols.bilingual() && lang != null) {
            translated = new LinkedHashMap<>();
            for (String f : WinograndeColumns.FIELDS) {
                translated.put(f, r.get(cols.index("t." + f)));
            }
            targetLayout = LayoutMeta.ofRow(lang, dialect, r, header.values());
            targetLayout.put(LayoutMeta.key(COLUMNS, lang), String.join(",", cols.roles()));
            if (answer != null && !raw.equals(answer) || answer == null && !raw.isEmpty()) {
                targetLayout.put(LayoutMeta.key(LayoutMeta.ANSWER_RAW, lang), raw);
            }
        }
        return new WinograndeRow(r.line(), n, qId, fields, answer, meta, translated, targetLayout);
    }

    /** The column roles stored with an item for {@code lang}, or the delivery's usual ones. */
    static List<String> storedRoles(Map<String, String> meta, String lang) {
        String roles = meta.get(LayoutMeta.key(COLUMNS, lang));
        if (roles == null) {
            return lang == null ? WinograndeColumns.SOURCE_ROLES
                    : List.of("id", "sentence", "option1", "option2", "t.sentence", "t.option1", "t.option2",
                    "answer", "split");
        }
        return List.of(roles.split(",", -1));
    }
}
