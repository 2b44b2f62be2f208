package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.project.LanguageTags;
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
        boolean judge = wantsJudgements(options);
        Defaults defaults = defaults(project, file, options);
        List<BadRow> skipped = new ArrayList<>();
        PromptStore done = project.database().write(c -> {
            PromptStore store = new PromptStore(c, JsonlImporter.stem(file), options.actor());
            try (JsonRecords records = new JsonRecords(file)) {
                long count = 0;
                while (true) {
                    PromptRecord r;
                    try {
                        JsonRecords.Line line = records.next();
                        if (line == null) {
                            break;
                        }
                        r = read(new JsonRow(file, line.line(), line.object()), defaults);
                    } catch (BadInputException e) {
                        if (!options.skipBadRows() || !records.canSkip()) {
                            throw e;
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
            EventLog.append(c, options.actor(), "preferences.imported", "item", null, Map.of("format", id(),
                    "file", file.getFileName().toString(), "added", store.items().added(),
                    "candidates", store.candidates(), "judgements", store.judgements(), "skipped", skipped.size()));
            return store;
        });
        List<String> notes = new ArrayList<>();
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
        if (done.judgements() > 0) {
            notes.add("the " + done.judgements() + " judgements are attributed to annotator '" + PromptStore.IMPORTED
                    + "'; the file does not say who made them");
        }
        if (!judge && done.verdicts() > 0) {
            notes.add(done.verdicts() + " decisions in the file were not imported as judgements "
                    + "(add --map judgement=true to import them)");
        }
        return new ImportReport(id(), done.items(), 0, done.candidates(), done.judgements(), 0, skipped, notes);
    }

    /** {@code --map judgement=true} (or {@code judgements=true}) asks for the file's decisions as judgements. */
    static boolean wantsJudgements(ImportOptions options) {
        String v = options.mapping().getOrDefault("judgement", options.mapping().get("judgements"));
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
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
