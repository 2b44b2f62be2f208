package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.text.StrictText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A whole CSV file read with a sniffed dialect; records keep their line numbers and original quoting. */
public record CsvFile(Path file, CsvDialect dialect, List<CsvRow> rows) {

    public CsvFile {
        rows = List.copyOf(rows);
    }

    /** Reads and sniffs {@code file}; unreadable or malformed CSV is a {@link BadInputException} naming the line. */
    public static CsvFile read(Path file) {
        return parse(file, StrictText.bytes(file));
    }

    /** Parses bytes that came from {@code file} (the path only names errors). */
    public static CsvFile parse(Path file, byte[] bytes) {
        StrictText.Encoding encoding = StrictText.encodingOf(bytes);
        String text = StrictText.decode(file, bytes, encoding);
        if (encoding.bomLength() == 0 && text.startsWith("\uFEFF")) {
            throw new BadInputException(file, 1, "byte-order mark in an unexpected encoding");
        }
        CsvDialect dialect = CsvDialect.sniff(encoding, text);
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setQuote('"')
                .setRecordSeparator(dialect.eol()).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var it = parser.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    records.add(it.next());
                } catch (UncheckedIOException | IllegalStateException e) {
                    long line = Math.max(1, parser.getCurrentLineNumber());
                    throw new BadInputException(file, line, "malformed CSV: " + oneLine(e), e);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "malformed CSV: " + e.getMessage(), e);
        }
        List<CsvRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int start = (int) r.getCharacterPosition();
            int end = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : text.length();
            List<String> values = r.toList();
            long line = lines.lineOf(start);
            for (String v : values) {
                checkControls(file, line, v);
            }
            rows.add(layout(line, values, text.substring(start, Math.max(start, end)), dialect));
        }
        return new CsvFile(file, dialect, rows);
    }

    /** Control characters other than tab and line breaks are never text; they would also break XML exports. */
    private static void checkControls(Path file, long line, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                throw new BadInputException(file, line, String.format("control character U+%04X in a field", (int) c));
            }
        }
    }

    /** Works out the record's quoting and terminator from its raw text. */
    private static CsvRow layout(long line, List<String> values, String raw, CsvDialect dialect) {
        String minimal = CsvRecordWriter.render(values, dialect.delimiter(), null);
        if (raw.startsWith(minimal)) {
            String eol = raw.substring(minimal.length());
            return new CsvRow(line, values, null, ownEol(eol, dialect));
        }
        char[] mask = new char[values.size()];
        int p = 0;
        char d = dialect.delimiter();
        for (int f = 0; f < values.size(); f++) {
            if (p < raw.length() && raw.charAt(p) == '"') {
                mask[f] = 'q';
                p++;
                while (p < raw.length()) {
                    if (raw.charAt(p) == '"') {
                        if (p + 1 < raw.length() && raw.charAt(p + 1) == '"') {
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    p++;
                }
            } else {
                mask[f] = 'p';
            }
            while (p < raw.length() && raw.charAt(p) != d && raw.charAt(p) != '\n' && raw.charAt(p) != '\r') {
                p++;
            }
            if (f < values.size() - 1 && p < raw.length() && raw.charAt(p) == d) {
                p++;
            }
        }
        String quoting = new String(mask);
        String rendered = CsvRecordWriter.render(values, d, quoting);
        String eol = raw.startsWith(rendered) ? raw.substring(rendered.length()) : dialect.eol();
        return new CsvRow(line, values, quoting, ownEol(eol, dialect));
    }

    /** A terminator worth remembering: null when it is the dialect's, or empty (the file's last record). */
    private static String ownEol(String eol, CsvDialect dialect) {
        return eol.isEmpty() || eol.equals(dialect.eol()) ? null : eol;
    }

    private static String oneLine(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
