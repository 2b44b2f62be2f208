package io.indaba.core.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records in a {@link CsvDialect}, quoting exactly where the original did. Commons CSV's printer has no
 * per-field quoting control (and its minimal mode quotes more than Python's csv module), so byte-identical
 * round trips need this small writer; parsing stays with Commons CSV.
 */
public final class CsvRecordWriter implements AutoCloseable {

    private final Writer out;
    private final CsvDialect dialect;
    private String pendingEol;

    /** Starts a file: writes the dialect's byte-order mark. */
    public CsvRecordWriter(OutputStream stream, CsvDialect dialect) throws IOException {
        stream.write(dialect.bomBytes());
        this.out = new OutputStreamWriter(stream, dialect.charset().newEncoder());
        this.dialect = dialect;
    }

    /** Writes one record; {@code quoting} and {@code eol} as in {@link CsvRow} (null for the dialect's). */
    public void write(List<String> values, String quoting, String eol) throws IOException {
        if (pendingEol != null) {
            out.write(pendingEol);
        }
        out.write(render(values, dialect.delimiter(), quoting));
        pendingEol = eol == null || eol.isEmpty() ? dialect.eol() : eol;
    }

    /** Ends the file: the last terminator is written only when the dialect (or the record) has one. */
    @Override
    public void close() throws IOException {
        if (pendingEol != null && dialect.finalEol()) {
            out.write(pendingEol);
        }
        out.flush();
    }

    /** One record without terminator. A field is quoted when its content needs it or the original quoted it. */
    static String render(List<String> values, char delimiter, String quoting) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            String v = values.get(i);
            char style = quoting != null && i < quoting.length() ? quoting.charAt(i) : ' ';
            boolean must = v.indexOf(delimiter) >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || v.startsWith("\"") || (values.size() == 1 && v.isEmpty());
            boolean quote = must || style == 'q' || (style != 'p' && v.indexOf('"') >= 0);
            if (quote) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
