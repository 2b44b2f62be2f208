package io.indaba.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.base.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The one strict decoder: every valid text survives every supported encoding and mark unchanged, and a malformed
 * byte is reported on the line where it stands, with the byte offset, never decoded to U+FFFD.
 */
class StrictTextPropertiesTest {

    private static final Path FILE = Path.of("input.csv");

    /**
     * Any Unicode text without NUL (a NUL-heavy UTF-8 file looks like UTF-16 without a mark) and without U+FEFF (at
     * the start of an unmarked file it is the mark).
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of((int) '\n', (int) '\r', (int) ',', (int) '"')),
                Tuple.of(6, Arbitraries.integers().between(1, 0x7F)),
                Tuple.of(3, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD).filter(cp -> cp != 0xFEFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(200).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    /** One line's text: no line break, no NUL. */
    @Provide
    Arbitrary<String> lines() {
        return texts().map(t -> t.replace("\n", " ").replace("\r", " "));
    }

    /** The lines before the malformed one. */
    @Provide
    Arbitrary<List<String>> lineLists() {
        return lines().list().ofMaxSize(8);
    }

    @Property
    void everyTextRoundTripsInEveryEncodingAndMark(@ForAll("texts") String text,
                                                   @ForAll @IntRange(max = 3) int form) {
        byte[] bytes = switch (form) {
            case 0 -> text.getBytes(StandardCharsets.UTF_8);
            case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            default -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        };
        StrictText.Encoding encoding = StrictText.encodingOf(bytes);
        assertEquals(form != 0, encoding.bom());
        assertEquals(text, StrictText.decode(FILE, bytes, encoding));
    }

    @Property
    void aMalformedUtf8ByteIsReportedOnItsLine(@ForAll("lineLists") List<String> before, @ForAll("lines") String prefix,
                                               @ForAll @IntRange(min = 0x80, max = 0xFF) int bad) {
        byte[] bytes = withBadByte(before, prefix, StandardCharsets.UTF_8, new byte[] {(byte) bad, '\n'});
        if (bad >= 0xC2 && bad <= 0xF4) {
            // a lead byte followed by a line feed is just as malformed: no continuation byte
            bytes = withBadByte(before, prefix, StandardCharsets.UTF_8, new byte[] {(byte) bad, 'x', '\n'});
        }
        byte[] input = bytes;
        BadInputException e = assertThrows(BadInputException.class,
                () -> StrictText.decode(FILE, input, StrictText.encodingOf(input)));
        assertEquals(before.size() + 1, e.line(), e.getMessage());
        assertEquals(FILE, e.file());
        assertTrue(e.reason().startsWith("not valid UTF-8 (byte offset "), e.reason());
    }

    @Property
    void aLoneSurrogateInUtf16IsReportedOnItsLine(@ForAll("lineLists") List<String> before, @ForAll("lines") String prefix,
                                                   @ForAll boolean bigEndian) {
        Charset charset = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        byte[] mark = bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] lone = bigEndian ? new byte[] {(byte) 0xDC, 0x00, 0x00, 'x'} : new byte[] {0x00, (byte) 0xDC, 'x', 0x00};
        byte[] input = concat(mark, withBadByte(before, prefix, charset, lone));
        BadInputException e = assertThrows(BadInputException.class,
                () -> StrictText.decode(FILE, input, StrictText.encodingOf(input)));
        assertEquals(before.size() + 1, e.line(), e.getMessage());
        assertTrue(e.reason().startsWith("not valid " + charset.name()), e.reason());
    }

    @Property
    void lineOfCountsTheLineFeedsBeforeTheOffset(@ForAll("texts") String text, @ForAll @IntRange(max = 250) int offset) {
        long expected = 1 + text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count();
        assertEquals(expected, StrictText.lineOf(text, offset));
    }

    @Example
    void utf16WithoutAMarkIsRecognisedByItsZeroBytes() {
        byte[] le = "id,text\n1,abc\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "id,text\n1,abc\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(StandardCharsets.UTF_16LE, StrictText.encodingOf(le).charset());
        assertEquals(StandardCharsets.UTF_16BE, StrictText.encodingOf(be).charset());
        assertEquals("id,text\n1,abc\n", StrictText.decode(FILE, le, StrictText.encodingOf(le)));
    }

    @Example
    void aMissingFileIsABadInputNotAStackTrace() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> StrictText.read(Path.of("no-such-dir", "missing.csv")));
        assertEquals(0, e.line());
        assertTrue(e.reason().startsWith("cannot read: "), e.reason());
    }

    private static byte[] withBadByte(List<String> before, String prefix, Charset charset, byte[] bad) {
        StringBuilder good = new StringBuilder();
        for (String line : before) {
            good.append(line).append('\n');
        }
        good.append(prefix);
        return concat(good.toString().getBytes(charset), bad);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
