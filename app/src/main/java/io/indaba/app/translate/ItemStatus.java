package io.indaba.app.translate;

import io.indaba.core.translate.TranslationStatus;
import java.util.Collection;

/** The one status an item shows in the list for a language, summarised from the statuses of its fields. */
final class ItemStatus {

    private ItemStatus() {
    }

    /**
     * The summary of {@code statuses} for an item with {@code fieldCount} translatable fields: a rejected or
     * needs-adaptation field wins, because someone must act on it; a partly translated item is a draft; otherwise
     * the item is as far as its least advanced field.
     */
    static TranslationStatus of(int fieldCount, Collection<TranslationStatus> statuses) {
        if (statuses.isEmpty()) {
            return TranslationStatus.NEW;
        }
        if (statuses.contains(TranslationStatus.REJECTED)) {
            return TranslationStatus.REJECTED;
        }
        if (statuses.contains(TranslationStatus.NEEDS_ADAPTATION)) {
            return TranslationStatus.NEEDS_ADAPTATION;
        }
        TranslationStatus least = TranslationStatus.APPROVED;
        for (TranslationStatus s : statuses) {
            if (s.ordinal() < least.ordinal()) {
                least = s;
            }
        }
        boolean partial = statuses.size() < fieldCount || least == TranslationStatus.NEW;
        boolean started = statuses.stream().anyMatch(s -> s != TranslationStatus.NEW);
        return partial && started ? TranslationStatus.DRAFT : least;
    }
}
