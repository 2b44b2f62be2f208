package io.indaba.app.project.export;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.Cancelled;
import io.indaba.core.formats.Export;
import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Formats;
import io.indaba.core.prefer.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Export…: a format, a language (or all), an output file or folder and the options the format reads; runs
 * the core exporter as background work that can be cancelled and reports the files, records and notes it wrote.
 */
public final class ExportViewModel {

    /** The language choice that exports every language. */
    public static final String ALL = "all";

    private final ProjectSession session;
    private final List<ExportFormat> formats = Formats.exporters().stream().map(ExportFormat::of).toList();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", formats.get(0));
    private final ObservableList<String> languages = FXCollections.observableArrayList(ALL);
    private final StringProperty language = new SimpleStringProperty(this, "language", ALL);
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(this, "output");
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>(this, "policy", Policy.JUDGEMENT);
    private final BooleanProperty implicitPrompt = new SimpleBooleanProperty(this, "implicitPrompt");
    private final BooleanProperty ktoBothBad = new SimpleBooleanProperty(this, "ktoBothBad");
    private final BooleanProperty writeCard = new SimpleBooleanProperty(this, "writeCard", true);
    private final StringProperty licence = new SimpleStringProperty(this, "licence", "");
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    // Counts finished exports, so the hint looks again for a README.md the last export wrote.
    private final IntegerProperty finished = new SimpleIntegerProperty(this, "finished");
    // Until the user picks a path the output follows the format and language, so the suggestion never goes stale.
    private boolean outputChosen;

    public ExportViewModel(ProjectSession session) {
        this.session = session;
        format.addListener((o, was, now) -> suggestOutput());
        language.addListener((o, was, now) -> suggestOutput());
        suggestOutput();
        hint.bind(Bindings.createStringBinding(this::hint, format, language, output, writeCard,
                finished));
        session.run(Messages.get("task.exportLanguages"), (project, progress) -> project.settings().targetLangs(),
                languages::addAll, failed -> error.set(OpenFailure.reasonOf(failed)));
    }

    /** Every export format, in the core's order. */
    public List<ExportFormat> formats() {
        return formats;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** "all" followed by the project's target languages (filled in once read from the project). */
    public ObservableList<String> languages() {
        return languages;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** The file (or folder, for formats that write several files) to export to. */
    public ReadOnlyObjectProperty<Path> outputProperty() {
        return output;
    }

    /** The user picked {@code path}; it is kept whatever format or language is chosen afterwards. */
    public void chooseOutput(Path path) {
        outputChosen = path != null;
        output.set(path);
        if (!outputChosen) {
            suggestOutput();
        }
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public BooleanProperty implicitPromptProperty() {
        return implicitPrompt;
    }

    public BooleanProperty ktoBothBadProperty() {
        return ktoBothBad;
    }

    public BooleanProperty writeCardProperty() {
        return writeCard;
    }

    /** The licence named in the dataset card; empty leaves the core's default ("other"). */
    public StringProperty licenceProperty() {
        return licence;
    }

    /** True while the chosen format reads {@code option}. */
    public BooleanBinding applies(ExportOption option) {
        return Bindings.createBooleanBinding(() -> format.get() != null && format.get().has(option), format);
    }

    /** True while the chosen format writes a folder of files rather than one file. */
    public BooleanBinding writesFolder() {
        return Bindings.createBooleanBinding(() -> format.get() != null && format.get().writesFolder(), format);
    }

    /** True while everything needed is chosen and no export runs. */
    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> format.get() != null && output.get() != null && task.get() == null
                && !(format.get().needsLanguage() && ALL.equals(language.get())), format, output, task, language);
    }

    /** What stops the export from starting, or empty: a format that needs one language, say. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The running export, or null. */
    public ReadOnlyObjectProperty<BackgroundTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** What the last export wrote. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last export failed, in one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The flags the chosen format reads, as the command line would pass them with {@code --set}. */
    public Map<String, String> flags() {
        ExportFormat f = format.get();
        Map<String, String> flags = new LinkedHashMap<>();
        if (f.has(ExportOption.POLICY)) {
            flags.put("policy", policy.get().name().toLowerCase(Locale.ROOT));
        }
        if (f.has(ExportOption.IMPLICIT_PROMPT) && implicitPrompt.get()) {
            flags.put("implicit-prompt", "true");
        }
        if (f.has(ExportOption.KTO_BOTH_BAD) && ktoBothBad.get()) {
            flags.put("kto-both-bad", "true");
        }
        if (f.has(ExportOption.CARD)) {
            if (!writeCard.get()) {
                flags.put("card", "false");
            } else if (!licence.get().isBlank()) {
                flags.put("license", licence.get().strip());
            }
        }
        return flags;
    }

    /**
     * What the export would replace, one path a line, or empty when it writes only new files. The dialog asks the
     * user before {@link #start(boolean) start(true)}; without that yes the core refuses to replace anything.
     */
    public String replaces() {
        ExportFormat f = format.get();
        Path out = output.get();
        if (f == null || out == null) {
            return "";
        }
        List<String> replaced = new ArrayList<>();
        if (f.writesFolder()) {
            if (holdsFiles(out)) {
                replaced.add(Messages.format("export.replacesInFolder", out));
            }
        } else if (Files.exists(out)) {
            replaced.add(out.toString());
        }
        if (!cardWarning(f, out).isEmpty()) {
            replaced.add(out.toAbsolutePath().resolveSibling("README.md").toString());
        }
        return String.join("\n", replaced);
    }

    private static boolean holdsFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the export without replacing any existing file; does nothing while one runs. */
    public void start() {
        start(false);
    }

    /** Starts the export, replacing existing files only when {@code replace} (the user said yes to {@link #replaces}). */
    public void start(boolean replace) {
        if (task.get() != null) {
            return;
        }
        report.set("");
        ExportFormat chosen = format.get();
        Path out = output.get();
        if (out == null) {
            error.set(Messages.get("export.noOutput"));
            return;
        }
        if (chosen.needsLanguage() && ALL.equals(language.get())) {
            error.set(Messages.format("export.needsLanguage", chosen.id()));
            return;
        }
        error.set("");
        ExportOptions options = new ExportOptions(out, ALL.equals(language.get()) ? null : language.get(), flags(),
                replace);
        BackgroundTask started = session.run(Messages.format("task.export", chosen.id(), out.getFileName()),
                (project, progress) -> Export.run(chosen.exporter(), project, options, progress), done -> {
                    task.set(null);
                    report.set(describe(done));
                    finished.set(finished.get() + 1);
                }, failed -> {
                    task.set(null);
                    error.set(failed instanceof Cancelled ? Messages.get("export.cancelled")
                            : OpenFailure.reasonOf(failed));
                });
        // With an executor that runs on the calling thread the task may already be over.
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }

    /** Asks the running export to stop; the file being written is then discarded, never left half-written. */
    public void cancel() {
        BackgroundTask running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    private void suggestOutput() {
        if (outputChosen || format.get() == null) {
            return;
        }
        output.set(ExportPaths.suggest(session.file(), format.get(), ALL.equals(language.get()) ? null : language.get()));
    }

    private String hint() {
        ExportFormat f = format.get();
        if (f != null && f.needsLanguage() && ALL.equals(language.get())) {
            return Messages.format("export.needsLanguage", f.id());
        }
        return cardWarning(f, output.get());
    }

    /** Warns that a README.md already beside the output would be replaced by the dataset card (after asking). */
    private String cardWarning(ExportFormat f, Path out) {
        if (f == null || out == null || !f.has(ExportOption.CARD) || !writeCard.get()) {
            return "";
        }
        return Files.exists(out.toAbsolutePath().resolveSibling("README.md")) ? Messages.get("export.cardReplaces") : "";
    }

    private static String describe(ExportReport done) {
        // Files in one folder (the data and its card, an MMLU folder) are named once by folder, then by file name.
        Set<Path> folders = done.files().stream().map(f -> f.toAbsolutePath().getParent()).collect(Collectors.toSet());
        boolean oneFolder = folders.size() == 1;
        StringBuilder text = new StringBuilder(oneFolder
                ? Messages.format("export.reportInFolder", done.records(), done.format(), done.files().size(),
                        folders.iterator().next())
                : Messages.format("export.report", done.records(), done.format(), done.files().size()));
        for (Path file : done.files()) {
            text.append("\n  ").append(oneFolder ? file.getFileName() : file);
        }
        for (String note : done.notes()) {
            text.append('\n').append(note);
        }
        return text.toString();
    }
}
