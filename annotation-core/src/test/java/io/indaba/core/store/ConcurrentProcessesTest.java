package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.cli.CliRun;
import io.indaba.core.item.ItemQuery;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one project, through the command line as a user would: while another process is in the middle
 * of an import, {@code info} answers at once (without the uncommitted items) and {@code backup --restore} and
 * {@code check --move-aside} refuse; the import then lands in the project, not in a file set aside.
 */
class ConcurrentProcessesTest {

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @Test
    void readersAnswerAndRestoreRefusesWhileAnotherProcessImports() throws Exception {
        Path file = dir.resolve("p.indaba");
        TestProjects.create(file, 5).close();
        assertEquals(0, cli("backup", file.toString()).code());

        List<String> command = ChildJvm.command(dir, ImportingChild.class, List.of(file.toString()), List.of("--warm-up"));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            do {
                line = childOut.readLine();
            } while (line != null && !line.equals("writing"));
            assertEquals("writing", line, "the child is inside its import");

            long start = System.nanoTime();
            CliRun info = cli("info", file.toString(), "--json");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(0, info.code(), info.err());
            assertTrue(java.util.regex.Pattern.compile("\"items\"\\s*:\\s*5\\b").matcher(info.out()).find(),
                    "the reader sees the committed 5 items, not the import in flight: " + info.out());
            // far below the 5 s busy timeout a waiting reader would hit; generous for a loaded machine
            assertTrue(ms < 4_000, "info waited " + ms + " ms on the writer");

            CliRun restore = cli("backup", file.toString(), "--restore");
            assertEquals(1, restore.code(), restore.out());
            assertTrue(restore.err().contains("in use by another process"), restore.err());
            CliRun aside = cli("check", file.toString(), "--move-aside");
            assertTrue(aside.out().contains("ok") || aside.err().contains("in use"), aside.out() + aside.err());
            assertTrue(java.nio.file.Files.exists(file), "the project stays where it is");
        } finally {
            child.getOutputStream().close();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finishes its import");
        }
        assertEquals(0, child.exitValue());
        try (Project p = Project.open(file)) {
            assertEquals(5 + ImportingChild.ITEMS, p.items().count(ItemQuery.ALL), "the import landed in the project");
        }
    }
}
