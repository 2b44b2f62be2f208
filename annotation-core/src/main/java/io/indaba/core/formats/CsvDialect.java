package io.indaba.core.formats;

import io.indaba.core.text.StrictText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a delivered CSV file is spelled on disk: encoding and byte-order mark, delimiter, line ending and whether the
 * last record ends with one. Kept with the items so an export writes the file back byte for byte.
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter, String eol, boolean finalEol) {

    /** What Python's csv module and most tools write: UTF-8 without BOM, comma, LF, final LF. */
    public static final CsvDialect DEFAULT = new CsvDialect(StandardCharsets.UTF_8, false, ',', "\n", true);

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SNIFF_RECORDS = 50;

    public CsvDialect {
        if (!eol.equals("\n") && !eol.equals("\r\n") && !eol.equals("\r")) {
            throw new IllegalArgumentException("line ending must be LF, CRLF or CR");
        }
    }

    /** The byte-order mark this dialect writes first, empty when none. */
    public byte[] bomBytes() {
        if (!bom) {
            return new byte[0];
        }
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE};
        }
        if (charset.equals(StandardCharsets.UTF_16BE)) {
            return new byte[] {(byte) 0xFE, (byte) 0xFF};
        }
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    /** Sniffs delimiter, line ending and final line ending from decoded text (without its BOM). */
    static CsvDialect sniff(StrictText.Encoding encoding, String text) {
        char delimiter = sniffDelimiter(text);
        String eol = firstEol(text);
        boolean finalEol = text.endsWith(eol);
        return new CsvDialect(encoding.charset(), encoding.bom(), delimiter, eol, finalEol);
    }

    /** The delimiter that splits the first records into the same number (more than one) of fields. */
    static char sniffDelimiter(String text) {
        char best = ',';
        int bestScore = -1;
        for (char d : DELIMITERS) {
            int[] counts = fieldCounts(text, d);
            int score = score(counts);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** Consistent wide records score high; a delimiter that never occurs scores zero. */
    private static int score(int[] counts) {
        if (counts.length == 0) {
            return 0;
        }
        Map<Integer, Integer> freq = new LinkedHashMap<>();
        for (int c : counts) {
            freq.merge(c, 1, Integer::sum);
        }
        int mode = 1;
        int modeFreq = 0;
        for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
            if (e.getValue() > modeFreq || (e.getValue() == modeFreq && e.getKey() > mode)) {
                mode = e.getKey();
                modeFreq = e.getValue();
            }
        }
        if (mode <= 1) {
            return 0;
        }
        // Agreement dominates; the field count breaks ties between equally consistent delimiters.
        return modeFreq * 1000 / counts.length * 100 + Math.min(mode, 99);
    }

    /** Fields per record for the first records, splitting on {@code d} outside double quotes. */
    private static int[] fieldCounts(String text, char d) {
        int[] counts = new int[SNIFF_RECORDS];
        int records = 0;
        int fields = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length() && records < SNIFF_RECORDS; i++) {
            char c = text.charAt(i);
            any = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == d) {
                fields++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                counts[records++] = fields;
                fields = 1;
                any = false;
            }
        }
        if (any && records < SNIFF_RECORDS) {
            counts[records++] = fields;
        }
        return java.util.Arrays.copyOf(counts, records);
    }

    /** The first record terminator outside quotes; LF when the file is one line. */
    static String firstEol(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            } else if (!quoted && c == '\n') {
                return "\n";
            }
        }
        return "\n";
    }

    /** A compact, readable form for item metadata, e.g. {@code UTF-8;bom;comma;crlf;final-eol}. */
    public String encode() {
        return charset.name() + ";" + (bom ? "bom" : "no-bom") + ";" + delimiterName(delimiter) + ";"
                + switch (eol) {
                    case "\r\n" -> "crlf";
                    case "\r" -> "cr";
                    default -> "lf";
                } + ";" + (finalEol ? "final-eol" : "no-final-eol");
    }

    /** Reads {@link #encode()}'s form back; malformed text gives {@link #DEFAULT}. */
    public static CsvDialect decode(String encoded) {
        if (encoded == null) {
            return DEFAULT;
        }
        String[] p = encoded.split(";");
        if (p.length != 5) {
            return DEFAULT;
        }
        try {
            Charset cs = Charset.forName(p[0]);
            char delim = switch (p[2]) {
                case "semicolon" -> ';';
                case "tab" -> '\t';
                case "pipe" -> '|';
                default -> ',';
            };
            String eol = switch (p[3]) {
                case "crlf" -> "\r\n";
                case "cr" -> "\r";
                default -> "\n";
            };
            return new CsvDialect(cs, p[1].equals("bom"), delim, eol, p[4].equals("final-eol"));
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    private static String delimiterName(char d) {
        return switch (d) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "comma";
        };
    }
}
