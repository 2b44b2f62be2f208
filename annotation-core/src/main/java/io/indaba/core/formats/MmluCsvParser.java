package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads MMLU CSV rows {@code question,A,B,C,D,answer} (answer a letter), with or without a header row. */
final class MmluCsvParser {

    static final List<String> FIELDS = List.of("question", "A", "B", "C", "D");

    private MmluCsvParser() {
    }

    /**
     * The rows of {@code csv}, each with layout keys for {@code lang} (null: an English file). Bad rows go to
     * {@code bad}, which throws unless they may be skipped.
     */
    static List<McqRow> rows(CsvFile csv, String lang, BadRows bad) {
        List<CsvRow> rows = csv.rows();
        Path file = csv.file();
        if (rows.isEmpty()) {
            throw new BadInputException(file, 0, "the file holds no rows");
        }
        List<String> header = hasHeader(rows) ? rows.getFirst().values() : null;
        List<McqRow> out = new ArrayList<>(rows.size());
        int n = 0;
        for (int i = header == null ? 0 : 1; i < rows.size(); i++) {
            CsvRow r = rows.get(i);
            n++;
            try {
                out.add(parse(file, r, n, lang, csv.dialect(), header));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        return out;
    }

    /** A header row is one whose last cell is no answer while the next row's is. */
    static boolean hasHeader(List<CsvRow> rows) {
        CsvRow first = rows.getFirst();
        if (first.size() != 6 || AnswerKeys.letter(first.get(5)) != null) {
            return false;
        }
        return rows.size() == 1 || AnswerKeys.letter(rows.get(1).get(5)) != null;
    }

    private static McqRow parse(Path file, CsvRow r, int n, String lang, CsvDialect dialect, List<String> header) {
        if (r.size() != 6) {
            throw new BadInputException(file, r.line(), "expected 6 columns (question,A,B,C,D,answer), found "
                    + r.size());
        }
        String raw = r.get(5);
        String answer = AnswerKeys.letter(raw);
        if (answer == null) {
            throw new BadInputException(file, r.line(), "answer '" + clip(raw) + "' is not one of A, B, C, D");
        }
        if (r.get(0).isBlank()) {
            throw new BadInputException(file, r.line(), "the question is empty");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            fields.put(FIELDS.get(i), r.get(i));
        }
        Map<String, String> layout = LayoutMeta.ofRow(lang, dialect, r, header);
        if (!raw.equals(answer)) {
            layout.put(LayoutMeta.key(LayoutMeta.ANSWER_RAW, lang), raw);
        }
        return new McqRow(r.line(), n, fields, answer, layout);
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
