package io.indaba.core.testing;

import io.indaba.core.Progress;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.formats.ImportOptions;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small, realistic projects for tests: a few MCQ items and two candidates to judge (store tests), or an empty project
 * and input files to import (format tests).
 */
public final class TestProjects {

    public static final String ACTOR = "tester";
    public static final String ANNOTATOR = "ann-1";
    public static final String TARGET = "am";

    /** Ids of what {@link #seed} stored: the first item and its two candidates. */
    public record Seeded(long itemId, long candidateA, long candidateB) {
    }

    private TestProjects() {
    }

    public static ProjectSettings settings() {
        return new ProjectSettings("Store test", "en", List.of(TARGET, "sw"));
    }

    /** A new project with {@code itemCount} items and two candidates on the first. */
    public static Project create(Path file, int itemCount) {
        Project project = Project.create(file, settings(), ACTOR);
        project.items().importAll(items("q", itemCount, "v1").iterator(), ACTOR, "test", Progress.NONE);
        return project;
    }

    /** The first item of a project and two candidates on it, added on first use. */
    public static Seeded seed(Project project) {
        long itemId = project.items().page(ItemQuery.ALL, 0, 1).getFirst().id();
        var existing = project.candidates().forItem(itemId);
        if (existing.size() >= 2) {
            return new Seeded(itemId, existing.get(0).id(), existing.get(1).id());
        }
        long a = project.candidates().add(Candidate.imported(itemId, "c-a", "Answer A", TARGET, "m1", Map.of()), ACTOR);
        long b = project.candidates().add(Candidate.imported(itemId, "c-b", "Answer B", TARGET, "m2", Map.of()), ACTOR);
        return new Seeded(itemId, a, b);
    }

    /** {@code n} MCQ items {@code prefix-0..n-1}; a different {@code version} gives a different source text. */
    public static List<Item> items(String prefix, int n, String version) {
        List<Item> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("question", "Question " + i + " (" + version + "): which answer is right?");
            fields.put("A", "first");
            fields.put("B", "second");
            out.add(Item.of(prefix + "-" + i, ItemKind.MCQ, "en", "test", i, fields, "A", Map.of()));
        }
        return out;
    }

    public static Judgement judgement(Seeded s, String uid) {
        return Judgement.pairwise(uid, s.itemId(), ANNOTATOR, TARGET, s.candidateA(), s.candidateB(), "A", 2);
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty project in {@code dir} (source en, target am) for import and export tests. */
    public static Project create(Path dir) {
        return Project.create(dir.resolve("p-" + System.nanoTime() + ".indaba"),
                new ProjectSettings("formats test", "en", List.of("am")), ACTOR);
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name}, creating folders. */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Writes {@code bom} and then {@code text} in {@code cs} to {@code dir/name}, creating folders. */
    public static Path write(Path dir, String name, byte[] bom, String text, Charset cs) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
        return file;
    }

    /** Import options for a translation file in {@code lang}, attached by {@code attachBy}. */
    public static ImportOptions translation(String lang, String attachBy) {
        return new ImportOptions(lang, false, null, attachBy, ACTOR);
    }

    /** Import options that skip bad rows. */
    public static ImportOptions skipping() {
        return new ImportOptions(null, true, null, null, ACTOR);
    }
}
