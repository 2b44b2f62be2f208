package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole text file strictly: a malformed byte is an error naming its line, never a silent U+FFFD. */
final class StrictText {

    /** Files larger than this are refused rather than risk running out of memory on a hostile input. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private StrictText() {
    }

    /** The file's bytes, or a {@link BadInputException}. */
    static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file, 0, "file is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Decodes {@code bytes} from {@code offset} (after the BOM) in the given encoding. */
    static String decode(Path file, byte[] bytes, CsvDialect.Encoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, encoding.bomLength(), bytes.length - encoding.bomLength());
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) bytes.length * (long) Math.max(1, Math.round(decoder.maxCharsPerByte())) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new BadInputException(file, lineAtByte(bytes, encoding, at),
                    "not valid " + encoding.charset().name() + " (byte offset " + at + ")");
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line of a byte offset, counting LF (and lone CR) code units in the file's encoding. */
    private static long lineAtByte(byte[] bytes, CsvDialect.Encoding encoding, int offset) {
        int unit = encoding.charset().name().startsWith("UTF-16") ? 2 : 1;
        boolean bigEndian = encoding.charset().name().equals("UTF-16BE");
        long line = 1;
        for (int i = encoding.bomLength(); i + unit - 1 < offset; i += unit) {
            int c = unit == 1 ? bytes[i] & 0xFF
                    : bigEndian ? ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)
                    : ((bytes[i + 1] & 0xFF) << 8) | (bytes[i] & 0xFF);
            if (c == '\n') {
                line++;
            }
        }
        return line;
    }
}
