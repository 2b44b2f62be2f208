package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.BadRow;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every preference-data importer shares: JSON Lines or a JSON array in, one prompt item per record with its
 * candidates, all in one transaction (nothing kept on a bad record unless bad rows may be skipped), detection by the
 * first record's keys, and the imported decision stored as a judgement only when {@code --map judgement=true}.
 */
abstract class PreferenceImporter implements Importer {

    /** What a record is read against: the project's source language and the user's choices. */
    record Defaults(String promptLang, String responseLang, String stem) {
    }

    /** Reads one record; throws {@link BadInputException} through {@code row.bad(...)} when it cannot. */
    abstract PromptRecord read(JsonRow row, Defaults defaults);

    /** How sure this importer is, given the first record's top-level keys (0 to 100). */
    abstract int confidence(Set<String> keys);

    @Override
    public final int confidence(Path file, byte[] head) {
        Set<String> keys = firstKeys(head);
        if (keys.isEmpty()) {
            return 0;
        }
        int score = confidence(keys);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return score > 0 && (name.endsWith(".jsonl") || name.endsWith(".json")) ? score + 5 : score;
    }

    @Override
    public final ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        boolean judge = wantsJudgements(options, judgesByDefault());
        String annotatorColumn = annotatorColumn(options);
        ColumnMap columns = new ColumnMap(options.mapping());
        Set<String> projectLangs = new HashSet<>(project.settings().targetLangs());
        projectLangs.add(project.settings().sourceLang());
        Defaults defaults = defaults(project, file, options);
        RowLanguages languages = new RowLanguages(defaults, projectLangs);
        List<BadRow> skipped = new ArrayList<>();
        PromptStore done = project.database().write(c -> {
            PromptStore store = new PromptStore(c, JsonlImporter.stem(file), options.actor());
            long count = 0;
            try (JsonRecords records = new JsonRecords(file)) {
                while (true) {
                    PromptRecord r;
                    try {
                        JsonRecords.Line line = records.next();
                        if (line == null) {
                            break;
                        }
                        JsonRow row = new JsonRow(file, line.line(), columns.apply(line.object()));
                        r = languages.apply(row, read(row, defaults));
                        if (annotatorColumn != null) {
                            r = r.by(annotator(row, annotatorColumn), annotatorColumn);
                        }
                    } catch (BadInputException e) {
                        if (!options.skipBadRows() || !records.canSkip()) {
                            throw columns.hint(e);
                        }
                        skipped.add(e.asBadRow());
                        continue;
                    }
                    try {
                        store.store(r, judge);
                    } catch (io.indaba.core.item.ItemConflictException e) {
                        throw new BadInputException(file, r.line(), e.getMessage());
                    }
                    if ((++count & 255) == 0) {
                        if (progress.cancelled()) {
                            throw new Cancelled();
                        }
                        progress.update(count, -1);
                    }
                }
            } finally {
                store.close();
            }
            if (count > 0) {
                columns.checkUsed(file);
            }
            EventLog.append(c, options.actor(), "preferences.imported", "item", null, Map.of("format", id(),
                    "file", file.getFileName().toString(), "added", store.items().added(),
                    "candidates", store.candidates(), "judgements", store.judgements(), "skipped", skipped.size()));
            return store;
        });
        List<String> notes = new ArrayList<>(languages.notes());
        if (done.undecidable() > 0) {
            notes.add("not imported as judgements: " + done.undecidable() + " decisions between identical responses");
        }
        if (done.repeated() > 0) {
            notes.add("merged: " + done.repeated() + " decisions repeated an earlier record's decision on the same "
                    + "prompt and responses, and count as one judgement");
        }
        if (done.alreadyStored() > 0) {
            notes.add("skipped: " + done.alreadyStored() + " decisions were already imported as judgements");
        }
        long unnamed = done.byAnnotator().getOrDefault(PromptStore.IMPORTED, 0L);
        if (unnamed > 0) {
            notes.add("the " + unnamed + " judgements are attributed to annotator '" + PromptStore.IMPORTED
                    + "'; the file does not say who made them (--map annotator=COLUMN names a column that does)");
        }
        if (done.byAnnotator().size() > (unnamed > 0 ? 1 : 0)) {
            StringBuilder who = new StringBuilder();
            done.byAnnotator().forEach((a, n) -> who.append(who.isEmpty() ? "" : ", ").append(a).append(' ').append(n));
            notes.add("judgements by annotator: " + who);
        }
        if (!judge && done.verdicts() > 0) {
            notes.add(done.verdicts() + " decisions in the file were not imported as judgements "
                    + (judgesByDefault() ? "(--map judgement=false)" : "(the default for " + id()
                    + "; add --map judgement=true to import them)") + ": preference exports will have nothing to write");
        } else if (judge && done.verdicts() > 0) {
            notes.add("the file's decisions were imported as judgements (" + (judgesByDefault()
                    ? "the default for " + id() + "; --map judgement=false declines them" : "--map judgement=true")
                    + ")");
        }
        return new ImportReport(id(), done.items(), 0, done.candidates(), done.judgements(), 0, skipped, notes);
    }

    /** Whether the file's decisions are judgements without {@code --map judgement=true}. */
    boolean judgesByDefault() {
        return false;
    }

    /**
     * {@code --map judgement=true} (or {@code judgements=true}) asks for the file's decisions as judgements,
     * {@code false} declines them.
     */
    static boolean wantsJudgements(ImportOptions options, boolean byDefault) {
        String v = options.mapping().getOrDefault("judgement", options.mapping().get("judgements"));
        if (v == null) {
            return byDefault;
        }
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1");
    }

    /** {@code --map annotator=COLUMN}: the column naming who made each row's decision, or null. */
    String annotatorColumn(ImportOptions options) {
        String column = options.mapping().get("annotator");
        return column == null || column.isBlank() ? null : column.strip();
    }

    /** The annotator id in {@code column}; a row without one cannot be attributed, so it is a bad row. */
    static String annotator(JsonRow row, String column) {
        String who = row.text(column);
        if (who == null || who.isBlank()) {
            throw row.bad("'" + column + "' (the annotator column, --map annotator=" + column + ") is missing or empty");
        }
        if (who.strip().length() > 100) {
            throw row.bad("'" + column + "': an annotator id has at most 100 characters");
        }
        return who.strip();
    }

    private static Defaults defaults(Project project, Path file, ImportOptions options) {
        String response = null;
        if (options.targetLang() != null) {
            try {
                response = LanguageTags.validate(options.targetLang());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--lang: " + e.getMessage(), e);
            }
        }
        return new Defaults(project.settings().sourceLang(), response, JsonlImporter.stem(file));
    }

    /** The top-level keys of the first record in the first bytes (JSON Lines or an array); empty when unreadable. */
    static Set<String> firstKeys(byte[] head) {
        Set<String> keys = new HashSet<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(head)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return Set.of();
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // the head may end inside a value: the keys seen so far still tell the shape
        }
        return keys;
    }
}
