package io.indaba.core.text;

import com.ibm.icu.text.Normalizer2;

/** Unicode Normalization Form C, the form every stored translation should be in. */
public final class Nfc {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Nfc() {
    }

    /** Whether {@code text} is already in NFC; null counts as normalised. */
    public static boolean isNfc(String text) {
        return text == null || NFC.isNormalized(text);
    }

    /** {@code text} in NFC (the same instance when it already is); null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // isNormalized is a fast scan; normalize would copy even clean text
        return NFC.isNormalized(text) ? text : NFC.normalize(text);
    }
}
