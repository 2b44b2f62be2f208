package io.indaba.app.translate;

import io.indaba.core.text.Nfc;

/**
 * Keeps typed and pasted text in NFC: given the text before and after an edit, the smallest replacement that makes
 * the result NFC, so that a combining tone mark typed after a vowel composes with it (e + ◌̀ → è) while undo stays
 * per edit. Marks with no precomposed form (ị + ◌̀) stay two code points, as NFC requires.
 *
 * @param start  where the replacement starts in the text before the edit
 * @param end    where it ends in the text before the edit
 * @param text   what replaces {@code [start, end)}
 * @param caret  the caret in the resulting text
 */
public record NfcEdit(int start, int end, String text, int caret) {

    /** The NFC edit for a change from {@code before} to {@code after} with the caret at {@code caret} in
     * {@code after}, or null when {@code after} is already NFC. */
    public static NfcEdit of(String before, String after, int caret) {
        if (Nfc.isNfc(after)) {
            return null;
        }
        String normal = Nfc.normalize(after);
        int prefix = 0;
        int max = Math.min(before.length(), normal.length());
        while (prefix < max && before.charAt(prefix) == normal.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == normal.charAt(normal.length() - 1 - suffix)) {
            suffix++;
        }
        int newCaret = Nfc.normalize(after.substring(0, Math.min(caret, after.length()))).length();
        return new NfcEdit(prefix, before.length() - suffix, normal.substring(prefix, normal.length() - suffix),
                Math.min(newCaret, normal.length()));
    }
}
