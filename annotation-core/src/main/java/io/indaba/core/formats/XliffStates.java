package io.indaba.core.formats;

import io.indaba.core.translate.TranslationStatus;
import java.util.Locale;

/** How Indaba's translation statuses map to XLIFF segment states and back. */
final class XliffStates {

    private XliffStates() {
    }

    /** The XLIFF 2 state of a translation in this status (work still to do is "initial"). */
    static String toXliff2(TranslationStatus status) {
        return switch (status) {
            case TRANSLATED -> "translated";
            case REVIEWED -> "reviewed";
            case APPROVED -> "final";
            default -> "initial";
        };
    }

    /** An XLIFF 2 state (absent means "initial", as the standard says). */
    static TranslationStatus fromXliff2(String state) {
        return switch (state == null ? "initial" : state.strip()) {
            case "translated" -> TranslationStatus.TRANSLATED;
            case "reviewed" -> TranslationStatus.REVIEWED;
            case "final" -> TranslationStatus.APPROVED;
            default -> TranslationStatus.DRAFT;
        };
    }

    /**
     * The XLIFF 1.2 target state of a translation in this status; each maps back through {@link #fromXliff12} to a
     * status with the same XLIFF 2 state, so an untouched file re-imports without changes.
     */
    static String toXliff12(TranslationStatus status) {
        return switch (status) {
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case APPROVED -> "final";
            case NEEDS_ADAPTATION -> "needs-adaptation";
            case NEW -> "new";
            default -> "needs-translation";
        };
    }

    /** An XLIFF 1.2 target state; absent means a target was delivered, so "translated". */
    static TranslationStatus fromXliff12(String state) {
        String s = state == null ? "translated" : state.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("needs-review")) {
            return TranslationStatus.TRANSLATED;
        }
        return switch (s) {
            case "new", "needs-translation" -> TranslationStatus.DRAFT;
            case "needs-adaptation", "needs-l10n" -> TranslationStatus.NEEDS_ADAPTATION;
            case "signed-off" -> TranslationStatus.REVIEWED;
            case "final" -> TranslationStatus.APPROVED;
            default -> TranslationStatus.TRANSLATED;
        };
    }
}
