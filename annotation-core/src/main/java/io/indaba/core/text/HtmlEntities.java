package io.indaba.core.text;

/**
 * Decodes the HTML character references that machine-translation APIs leave in their output ({@code &#39;},
 * {@code &amp;}, {@code &quot;}), so a draft compares with the human text character by character.
 */
public final class HtmlEntities {

    private HtmlEntities() {
    }

    /** {@code text} with numeric references and the five XML entities plus {@code &nbsp;} decoded; null stays null. */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i + 1) : -1;
            int decoded = semi > i + 1 && semi - i <= 10 ? reference(text.substring(i + 1, semi)) : -1;
            if (decoded >= 0) {
                out.appendCodePoint(decoded);
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    // The code point a reference name stands for, or -1 to leave it as written.
    private static int reference(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return 0xA0;
            default: break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || !digits.chars().allMatch(d -> Character.digit(d, hex ? 16 : 10) >= 0)) {
            return -1;
        }
        try {
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
