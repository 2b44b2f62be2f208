package io.indaba.core.text;

import io.indaba.core.base.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one strict decoder for every reader of user files (CSV, JSON Lines, glossaries, machine translations): the
 * byte-order mark (or, without one, the zero-byte pattern of UTF-16) picks UTF-8 or UTF-16 LE/BE, and a malformed
 * byte is a {@link BadInputException} naming the file, its line and the byte offset, never a silent U+FFFD.
 */
public final class StrictText {

    /** Files larger than this are refused rather than risk running out of memory on a hostile input. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private StrictText() {
    }

    /** The file's encoding as found from its first bytes, and how many bytes its byte-order mark takes. */
    public record Encoding(Charset charset, boolean bom, int bomLength) {
    }

    /** Reads, sniffs and decodes {@code file}; the text comes without its byte-order mark. */
    public static String read(Path file) {
        byte[] bytes = bytes(file);
        return decode(file, bytes, encodingOf(bytes));
    }

    /** The file's bytes, or a {@link BadInputException}. */
    public static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file, 0, "file is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The encoding from the byte-order mark (or zero-byte pattern), and how many bytes the mark takes. */
    public static Encoding encodingOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, true, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, true, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, true, 2);
        }
        // UTF-16 without a mark shows as ASCII interleaved with zero bytes; UTF-8 text has no zero bytes.
        int evenZeros = 0;
        int oddZeros = 0;
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (n >= 4 && oddZeros > n / 4 && evenZeros == 0) {
            return new Encoding(StandardCharsets.UTF_16LE, false, 0);
        }
        if (n >= 4 && evenZeros > n / 4 && oddZeros == 0) {
            return new Encoding(StandardCharsets.UTF_16BE, false, 0);
        }
        return new Encoding(StandardCharsets.UTF_8, false, 0);
    }

    /** Decodes {@code bytes} after the byte-order mark in the given encoding. */
    public static String decode(Path file, byte[] bytes, Encoding encoding) {
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
            throw new BadInputException(file, lineAtByte(bytes, encoding, at), "not valid "
                    + encoding.charset().name() + " (byte offset " + at + "); save the file as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line of a character offset in decoded {@code text} (for a parser's error position). */
    public static long lineOf(String text, long offset) {
        long line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line of a byte offset, counting LF code units in the file's encoding. */
    private static long lineAtByte(byte[] bytes, Encoding encoding, int offset) {
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

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
