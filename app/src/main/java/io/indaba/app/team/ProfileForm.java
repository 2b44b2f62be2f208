package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.base.LanguageTags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An annotator profile being added or edited: a pseudonymous id, an optional display name and languages with a
 * proficiency each. {@link #build()} validates and names the first problem in one line.
 */
public final class ProfileForm {

    // Ids travel in exports and file names; a pseudonym needs no spaces or punctuation beyond these.
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");

    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<LanguageLine> languages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");

    /** An empty form for a new profile, with one language line to fill. */
    public ProfileForm() {
        languages.add(new LanguageLine("", Proficiency.NATIVE));
    }

    /** A form that edits an existing profile; its id stays fixed because judgements refer to it. */
    public static ProfileForm editing(Annotator annotator) {
        ProfileForm form = new ProfileForm();
        form.editing.set(true);
        form.id.set(annotator.id());
        form.name.set(annotator.displayName() == null ? "" : annotator.displayName());
        form.languages.clear();
        annotator.languages().forEach((tag, level) -> form.languages.add(new LanguageLine(tag, level)));
        return form;
    }

    /** Adds an empty language line. */
    public LanguageLine addLanguage() {
        LanguageLine line = new LanguageLine("", Proficiency.NATIVE);
        languages.add(line);
        return line;
    }

    /** The profile as typed, or empty with {@link #errorProperty()} naming the first problem. */
    public Optional<Annotator> build() {
        String problem = null;
        String pseudonym = id.get().strip();
        Map<String, Proficiency> read = new LinkedHashMap<>();
        if (!ID.matcher(pseudonym).matches()) {
            problem = Messages.get("team.profile.badId");
        }
        for (int i = 0; i < languages.size() && problem == null; i++) {
            LanguageLine line = languages.get(i);
            if (line.tagProperty().get().isBlank()) {
                continue;
            }
            try {
                String tag = LanguageTags.validate(line.tagProperty().get());
                if (read.put(tag, line.proficiencyProperty().get()) != null) {
                    problem = Messages.format("team.profile.duplicate", i + 1, tag);
                }
            } catch (IllegalArgumentException e) {
                problem = Messages.format("team.profile.badTag", i + 1, e.getMessage());
            }
        }
        if (problem == null && read.isEmpty()) {
            problem = Messages.get("team.profile.noLanguage");
        }
        error.set(problem == null ? "" : problem);
        String shown = name.get().strip();
        return problem == null ? Optional.of(new Annotator(pseudonym, shown.isEmpty() ? null : shown, read))
                : Optional.empty();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The language lines in the order shown; blank lines are ignored. */
    public ObservableList<LanguageLine> languages() {
        return languages;
    }

    /** The first problem found by the last {@link #build()}, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when an existing profile is edited (the id field is then read-only). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
