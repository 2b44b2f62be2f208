package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    private static final Path FILE = Path.of("in.csv");

    private static CsvFile parse(byte[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return CsvFile.parse(FILE, all);
    }

    /** Writes the file back with its own dialect and layout, as an export of untouched items does. */
    private static byte[] rewrite(CsvFile csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter w = new CsvRecordWriter(out, csv.dialect())) {
            for (CsvRow r : csv.rows()) {
                w.write(r.values(), r.quoting(), r.eol());
            }
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithBomSemicolonsAndCrlf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Wat is ’n kateter?;Een;Twee, drie;Vier;Vyf;B\r\nTweede;a;b;c;d;A\r\n";
        CsvFile csv = parse(bom, text, StandardCharsets.UTF_8);
        assertEquals(new CsvDialect(StandardCharsets.UTF_8, true, ';', "\r\n", true), csv.dialect());
        assertEquals(List.of("Wat is ’n kateter?", "Een", "Twee, drie", "Vier", "Vyf", "B"), csv.rows().get(0).values());
        assertEquals(2, csv.rows().get(1).line());
        assertEquals("\uFEFF" + text, new String(rewrite(csv), StandardCharsets.UTF_8));
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws IOException {
        String text = "q,ሀ,b,c,d,A\nr,a,b,c,d,B\n";
        CsvFile le = parse(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE);
        CsvFile be = parse(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE);
        assertEquals(StandardCharsets.UTF_16LE, le.dialect().charset());
        assertEquals(StandardCharsets.UTF_16BE, be.dialect().charset());
        assertEquals("ሀ", le.rows().get(0).get(1));
        assertEquals(le.rows().get(1).values(), be.rows().get(1).values());
        byte[] again = rewrite(le);
        assertEquals((byte) 0xFF, again[0]);
        assertEquals(text, new String(again, 2, again.length - 2, StandardCharsets.UTF_16LE));
    }

    @Test
    void doubledQuotesAndMultiLineFieldsSurviveAndKeepLines() throws IOException {
        String text = "\"He said \"\"no\"\"\",a,\"two\nlines\",c,d,A\nnext,a,b,c,d,B";
        CsvFile csv = parse(new byte[0], text, StandardCharsets.UTF_8);
        assertEquals("He said \"no\"", csv.rows().get(0).get(0));
        assertEquals("two\nlines", csv.rows().get(0).get(2));
        assertEquals(3, csv.rows().get(1).line(), "the second record starts on line 3");
        assertFalse(csv.dialect().finalEol());
        assertEquals(text, new String(rewrite(csv), StandardCharsets.UTF_8));
    }

    @Test
    void needlessQuotesAndOddTerminatorsAreRemembered() throws IOException {
        String text = "\"plain\",a,b,c,d,A\r\nx,\"y\",b,c,d,B\nlast,a,b,c,d,C\r\n";
        CsvFile csv = parse(new byte[0], text, StandardCharsets.UTF_8);
        assertEquals("qppppp", csv.rows().get(0).quoting());
        assertEquals("\n", csv.rows().get(1).eol());
        assertNull(csv.rows().get(2).quoting());
        assertEquals(text, new String(rewrite(csv), StandardCharsets.UTF_8));
    }

    @Test
    void commaWinsWhenSemicolonsAppearInsideText() {
        String text = "a; b,x,y,z,w,A\nc,x;y,y,z,w,B\nd,x,y,z,w,C\n";
        assertEquals(',', CsvFile.parse(FILE, text.getBytes(StandardCharsets.UTF_8)).dialect().delimiter());
    }

    @Test
    void headerRowIsToldFromData() {
        CsvFile withHeader = parse(new byte[0], "question,A,B,C,D,answer\nq,a,b,c,d,B\n", StandardCharsets.UTF_8);
        CsvFile without = parse(new byte[0], "q,a,b,c,d,B\nr,a,b,c,d,A\n", StandardCharsets.UTF_8);
        assertTrue(MmluCsvParser.hasHeader(withHeader.rows()));
        assertFalse(MmluCsvParser.hasHeader(without.rows()));
    }

    @Test
    void answersSpelledAsDecimalsAreAccepted() {
        assertEquals("2", AnswerKeys.option("2.0"));
        assertEquals("1", AnswerKeys.option(" 1 "));
        assertNull(AnswerKeys.option("3"));
        assertNull(AnswerKeys.option("2.5"));
        assertEquals("B", AnswerKeys.letter("b"));
        assertEquals("C", AnswerKeys.letterFromIndex("2"));
        assertNull(AnswerKeys.letter("E"));
    }

    @Test
    void dialectSurvivesItsMetadataForm() {
        CsvDialect d = new CsvDialect(StandardCharsets.UTF_16BE, true, ';', "\r\n", false);
        assertEquals(d, CsvDialect.decode(d.encode()));
        assertEquals(CsvDialect.DEFAULT, CsvDialect.decode(CsvDialect.DEFAULT.encode()));
    }

    @Test
    void invalidUtf8NamesItsLine() {
        byte[] bytes = "ok,a,b,c,d,A\nbad \u00e9,a,b,c,d,A\n".getBytes(StandardCharsets.UTF_8);
        bytes[18] = (byte) 0xFF;
        BadInputException e = assertThrows(BadInputException.class, () -> CsvFile.parse(FILE, bytes));
        assertEquals(2, e.line());
        assertEquals(FILE, e.file());
    }

    @Test
    void unterminatedQuoteAndControlCharactersAreBadInput() {
        assertThrows(BadInputException.class,
                () -> CsvFile.parse(FILE, "a,b\n\"open,c\nd,e\n".getBytes(StandardCharsets.UTF_8)));
        BadInputException e = assertThrows(BadInputException.class,
                () -> CsvFile.parse(FILE, "a,b\nc\u0000,d\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
    }
}
