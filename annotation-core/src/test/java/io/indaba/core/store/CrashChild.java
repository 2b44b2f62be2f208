package io.indaba.core.store;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The process {@link CrashTest} kills: writes to a project until it is killed, printing each record only after
 * the store acknowledged it. Lines: {@code STARTED}, {@code W <kind>} before a write, and after it
 * {@code J <uid>}, {@code T <text>}, {@code I <prefix> <count>} or {@code B <path>}. An optional fourth argument
 * ends it normally after that many writes (the warm-up run that records the class-data archive).
 */
public final class CrashChild {

    private static final long GIVE_UP_MS = 60_000;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String cycle = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        // Unbuffered and flushed per line: a line the parent reads was written after the acknowledgement.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Project project = Project.open(file)) {
            TestProjects.Seeded seeded = TestProjects.seed(project);
            List<Item> items = project.items().page(io.indaba.core.item.ItemQuery.ALL, 0, 20);
            out.println("STARTED");
            long end = System.currentTimeMillis() + GIVE_UP_MS;
            for (int i = 0; i < limit && System.currentTimeMillis() < end; i++) {
                String id = cycle + "-" + i;
                int dice = random.nextInt(100);
                if (dice < 70) {
                    out.println("W judgement");
                    String uid = "j-" + id;
                    project.judgements().submit(TestProjects.judgement(seeded, uid));
                    out.println("J " + uid);
                } else if (dice < 85) {
                    out.println("W translation");
                    Item item = items.get(random.nextInt(items.size()));
                    String text = "t-" + id;
                    project.translations().save(new Translations.Change(item.id(), "question", TestProjects.TARGET,
                            text, TranslationStatus.DRAFT, Origin.HUMAN, "crash", item.sourceHash(), null));
                    out.println("T " + text);
                } else if (dice < 97) {
                    out.println("W import");
                    String prefix = "imp-" + id;
                    int count = 10 + random.nextInt(50);
                    project.items().importAll(TestProjects.items(prefix, count, "v1").iterator(), "crash", "crash-test",
                            Progress.NONE);
                    out.println("I " + prefix + " " + count);
                } else {
                    out.println("W backup");
                    out.println("B " + project.backup("crash"));
                }
            }
            out.println(limit == Integer.MAX_VALUE ? "GAVE-UP" : "DONE");
        }
    }
}
