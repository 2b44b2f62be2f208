package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.core.translate.TranslationStatus;

/** Which items the list shows by their status in the chosen language. */
public enum StatusFilter {
    ANY(null), UNFINISHED(null), NEW(TranslationStatus.NEW), DRAFT(TranslationStatus.DRAFT),
    TRANSLATED(TranslationStatus.TRANSLATED), REVIEWED(TranslationStatus.REVIEWED),
    APPROVED(TranslationStatus.APPROVED), REJECTED(TranslationStatus.REJECTED),
    NEEDS_ADAPTATION(TranslationStatus.NEEDS_ADAPTATION);

    private final TranslationStatus status;

    StatusFilter(TranslationStatus status) {
        this.status = status;
    }

    /** Whether an item with this summary status passes. */
    public boolean accepts(TranslationStatus itemStatus) {
        return switch (this) {
            case ANY -> true;
            case UNFINISHED -> itemStatus.unfinished();
            default -> itemStatus == status;
        };
    }

    /** The filter's name in the user's words. */
    public String label() {
        return switch (this) {
            case ANY -> Messages.get("translate.filter.any");
            case UNFINISHED -> Messages.get("translate.filter.unfinished");
            default -> StatusLabels.of(status);
        };
    }
}
