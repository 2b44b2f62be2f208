package io.indaba.core.translate;

import java.util.Map;

/**
 * Decodes the HTML character references machine-translation services leave in their output ({@code &#39;},
 * {@code &#x27;}, {@code &quot;}, {@code &amp;} ...). Anything that is not a known reference stays as written.
 */
final class HtmlEntities {

    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    private HtmlEntities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String decoded = semi > amp + 1 && semi - amp <= 10 ? reference(text.substring(amp + 1, semi)) : null;
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    private static String reference(String name) {
        if (name.charAt(0) != '#') {
            return NAMED.get(name);
        }
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) && cp != 0
                    ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
