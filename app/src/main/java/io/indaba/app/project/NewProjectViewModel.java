package io.indaba.app.project;

import io.indaba.app.common.Messages;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new-project form: name, source and target languages, folder. As the user types it names each language
 * (ICU's English and native names) or says what is wrong with the tag, and it offers a request only when valid.
 */
public final class NewProjectViewModel {

    /** What the dialog hands back: where to create the project and with which settings. */
    public record Request(Path file, ProjectSettings settings) {
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "en");
    private final StringProperty targets = new SimpleStringProperty(this, "targets", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper sourceHint = new ReadOnlyStringWrapper(this, "sourceHint", "");
    private final ReadOnlyStringWrapper targetsHint = new ReadOnlyStringWrapper(this, "targetsHint", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public NewProjectViewModel(Path defaultFolder) {
        folder.set(defaultFolder.toString());
        for (Observable input : new Observable[] {name, source, targets, folder}) {
            input.addListener(o -> check());
        }
        check();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The source language tag as typed. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** Target language tags as typed, separated by commas or spaces. */
    public StringProperty targetsProperty() {
        return targets;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** The source language's names, or what is wrong with the tag. */
    public ReadOnlyStringProperty sourceHintProperty() {
        return sourceHint.getReadOnlyProperty();
    }

    /** The target languages' names, or what is wrong with a tag. */
    public ReadOnlyStringProperty targetsHintProperty() {
        return targetsHint.getReadOnlyProperty();
    }

    /** The first problem that stops the project being created, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file that will be created. */
    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The request when the form is valid. */
    public Optional<Request> request() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Request(file(), new ProjectSettings(name.get().strip(),
                LanguageTags.validate(source.get()), targetTags().stream().map(LanguageTags::validate).toList())));
    }

    private Path file() {
        String stem = name.get().strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return Path.of(folder.get().strip()).resolve(stem + ".indaba").toAbsolutePath();
    }

    private List<String> targetTags() {
        List<String> tags = new ArrayList<>();
        for (String part : targets.get().split("[,;\\s]+")) {
            if (!part.isBlank()) {
                tags.add(part);
            }
        }
        return tags;
    }

    private void check() {
        List<String> problems = new ArrayList<>();
        String sourceTag = null;
        try {
            sourceTag = known(source.get());
            sourceHint.set(names(sourceTag));
        } catch (IllegalArgumentException e) {
            sourceHint.set(e.getMessage());
            problems.add(Messages.format("newProject.badSource", e.getMessage()));
        }
        List<String> named = new ArrayList<>();
        String targetProblem = null;
        for (String tag : targetTags()) {
            try {
                String canonical = known(tag);
                if (canonical.equals(sourceTag)) {
                    targetProblem = Messages.format("newProject.targetIsSource", canonical);
                } else {
                    named.add(names(canonical));
                }
            } catch (IllegalArgumentException e) {
                targetProblem = e.getMessage();
            }
        }
        if (targetProblem != null) {
            targetsHint.set(targetProblem);
            problems.add(Messages.format("newProject.badTarget", targetProblem));
        } else {
            targetsHint.set(named.isEmpty() ? Messages.get("newProject.noTargets") : String.join(", ", named));
        }
        if (name.get().isBlank()) {
            problems.add(Messages.get("newProject.noName"));
        }
        if (folder.get().isBlank()) {
            problems.add(Messages.get("newProject.noFolder"));
        }
        if (!name.get().isBlank() && !folder.get().isBlank()) {
            Path file = file();
            fileText.set(file.toString());
            if (Files.exists(file)) {
                problems.add(Messages.format("newProject.exists", file));
            }
        } else {
            fileText.set("");
        }
        error.set(problems.isEmpty() ? "" : problems.get(0));
        valid.set(problems.isEmpty());
    }

    /** The canonical tag, refusing well-formed tags that name no language ICU knows (likely typos). */
    private static String known(String typed) {
        String canonical = LanguageTags.validate(typed);
        String display = LanguageTags.displayName(canonical);
        if (display.equalsIgnoreCase(canonical)) {
            throw new IllegalArgumentException(Messages.format("newProject.unknownLanguage", canonical));
        }
        return canonical;
    }

    private static String names(String tag) {
        String display = LanguageTags.displayName(tag);
        String nativeName = LanguageTags.nativeName(tag);
        return display.equals(nativeName) ? display + " (" + tag + ")"
                : display + " · " + nativeName + " (" + tag + ")";
    }
}
