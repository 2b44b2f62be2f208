package io.indaba.core.formats;

/**
 * Unit and file ids for XLIFF: they must be XML name tokens, while item ids hold {@code #} and other characters.
 * Anything else is written {@code :XXXX} (four hex digits); {@code :} itself becomes {@code :003A}, so decoding is
 * exact.
 */
final class XliffIds {

    private XliffIds() {
    }

    static String encode(String id) {
        StringBuilder b = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c) || c == '_' || c == '-' || c == '.') {
                b.append(c);
            } else {
                b.append(':').append(String.format("%04X", (int) c));
            }
        }
        return b.toString();
    }

    /** The id {@link #encode} was given; text that is not an encoded id comes back as it is. */
    static String decode(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == ':' && isHex(token, i + 1)) {
                b.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
