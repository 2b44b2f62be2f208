package io.indaba.app.audit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;

/**
 * A lead's settings edited as a draft over a saved version (the guideline, the rule set): nothing is stored until
 * {@link #apply()} saves the next version, and {@link #revert()} drops the draft.
 */
interface VersionedDraft {

    /** The saved version the draft started from. */
    IntegerProperty versionProperty();

    /** True while the draft differs from the saved version. */
    BooleanProperty dirtyProperty();

    /** The last outcome, in words (saved, unchanged, refused with the reason). */
    StringProperty messageProperty();

    /** Checks the draft and, when it is valid and changed, saves it as the next version; false when refused. */
    boolean apply();

    /** Drops the draft and shows the saved version again. */
    void revert();
}
