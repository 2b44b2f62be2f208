package io.indaba.app.team;

import io.indaba.core.prefer.Proficiency;
import io.indaba.core.base.LanguageTags;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One language line of a profile being edited: a BCP-47 tag as typed and the proficiency chosen for it. */
public final class LanguageLine {

    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final ObjectProperty<Proficiency> proficiency = new SimpleObjectProperty<>(this, "proficiency",
            Proficiency.NATIVE);

    public LanguageLine(String tag, Proficiency proficiency) {
        this.tag.set(tag);
        this.proficiency.set(proficiency);
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<Proficiency> proficiencyProperty() {
        return proficiency;
    }

    /** The ICU English name of a typed tag, or empty while it is not a valid tag (shown beside the field). */
    public static String nameOf(String typed) {
        try {
            return LanguageTags.displayName(LanguageTags.validate(typed));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
