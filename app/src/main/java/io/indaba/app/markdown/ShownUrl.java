package io.indaba.app.markdown;

import java.nio.charset.StandardCharsets;

/** The form of a link's address shown to the annotator: invisible and direction-changing characters made visible. */
public final class ShownUrl {

    private ShownUrl() { }

    /**
     * {@code url} with control, format (bidi overrides, zero-width), separator and unpaired surrogate
     * characters percent-encoded, so a crafted address cannot hide or reorder what the reader sees.
     */
    public static String of(String url) {
        if (url == null) return "";
        StringBuilder shown = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int codePoint = url.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isHidden(codePoint)) {
                percentEncode(codePoint, shown);
            } else {
                shown.appendCodePoint(codePoint);
            }
        }
        return shown.toString();
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.SPACE_SEPARATOR -> codePoint != ' ';
            default -> false;
        };
    }

    private static void percentEncode(int codePoint, StringBuilder shown) {
        // an unpaired surrogate has no UTF-8 form; Java encodes it as '?', so spell out U+FFFD instead
        String character = Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)
                ? "\uFFFD" : Character.toString(codePoint);
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
            shown.append("%%%02X".formatted(b & 0xFF));
        }
    }
}
