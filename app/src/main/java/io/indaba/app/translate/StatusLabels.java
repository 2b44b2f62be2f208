package io.indaba.app.translate;

import io.indaba.app.common.Messages;
import io.indaba.core.translate.TranslationStatus;

/** The user's words for each translation status. */
public final class StatusLabels {

    private StatusLabels() {
    }

    /** The label of {@code status}. */
    public static String of(TranslationStatus status) {
        return switch (status) {
            case NEW -> Messages.get("translate.status.new");
            case DRAFT -> Messages.get("translate.status.draft");
            case TRANSLATED -> Messages.get("translate.status.translated");
            case REVIEWED -> Messages.get("translate.status.reviewed");
            case APPROVED -> Messages.get("translate.status.approved");
            case REJECTED -> Messages.get("translate.status.rejected");
            case NEEDS_ADAPTATION -> Messages.get("translate.status.needsAdaptation");
        };
    }
}
