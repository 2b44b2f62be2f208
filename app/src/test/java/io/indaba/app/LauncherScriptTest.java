package io.indaba.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code indaba} launcher's class-data archive, run against a stand-in JDK whose {@code java} records its
 * options and "writes" the archive it is given: only a start that ran keeps one, and a new build, JDK or option set
 * gets a new one instead of an old archive the JVM would accept.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path dir;

    private Path checkout;
    private Path jdk;
    private Path cache;

    @BeforeEach
    void layOut() throws IOException {
        checkout = dir.resolve("checkout");
        Path target = checkout.resolve("app/target");
        Files.createDirectories(target.resolve("lib"));
        Files.copy(Path.of("..", "indaba"), checkout.resolve("indaba"));
        executable(checkout.resolve("indaba"));
        Files.writeString(target.resolve("app-1.jar"), "jar");
        Files.writeString(target.resolve("lib/javafx-graphics.jar"), "fx");
        Files.writeString(target.resolve(".indaba-built"), "");
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"99\"\nJAVA_RUNTIME_VERSION=\"99+1\"\n");
        Files.writeString(jdk.resolve("javac"), "#!/bin/sh\n");
        // records its arguments; "dumps" the archive it is pointed at, then exits with $STUB_RC
        Files.writeString(jdk.resolve("java"), """
                #!/bin/bash
                printf '%s\\n' "$@" > "$STUB_ARGS"
                for a in "$@"; do
                  case "$a" in -XX:SharedArchiveFile=*) [ -f "${a#*=}" ] || echo archive > "${a#*=}";; esac
                done
                exit "${STUB_RC:-0}"
                """);
        executable(jdk.resolve("javac"));
        executable(jdk.resolve("java"));
        cache = dir.resolve("cache");
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int start(int javaExit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", checkout.resolve("indaba").toString());
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("INDABA_SKIP_DESKTOP_CHECK", "1");
        pb.environment().put("STUB_ARGS", dir.resolve("args").toString());
        pb.environment().put("STUB_RC", Integer.toString(javaExit));
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
        return p.exitValue();
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("indaba");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private List<String> options() throws IOException {
        return Files.readAllLines(dir.resolve("args"));
    }

    @Test
    void aStartThatFailsLeavesNoArchive() throws Exception {
        assertEquals(1, start(1));
        assertEquals(List.of(), archives(), "a failed start's archive would hold a few classes for good");
    }

    @Test
    void aStartThatRanKeepsItsArchiveAndTheNextStartUsesIt() throws Exception {
        assertEquals(0, start(0));
        List<Path> first = archives();
        assertEquals(1, first.size());
        assertEquals(0, start(0));
        assertEquals(first, archives());
        assertTrue(options().contains("-XX:SharedArchiveFile=" + first.get(0)), options().toString());
    }

    @Test
    void aNewBuildGetsANewArchiveAndTheOldOnesGo() throws Exception {
        Files.createDirectories(cache.resolve("indaba"));
        Files.writeString(cache.resolve("indaba/workbench-25.jsa"), "stale, from an earlier launcher");
        start(0);
        List<Path> before = archives();
        assertEquals(1, before.size(), "the stale archive is gone: " + before);
        Path jar = checkout.resolve("app/target/lib/javafx-graphics.jar");
        Files.writeString(jar, "fx, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        start(0);
        List<Path> after = archives();
        assertEquals(1, after.size());
        assertNotEquals(before, after);
    }

    @Test
    void jvmMessagesStayOffTheTerminalAndNoOptionMismatchesTheArchive() throws Exception {
        start(0);
        List<String> options = options();
        assertTrue(options.contains("-Xlog:disable"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xlog:all=warning:file=")), options.toString());
        assertTrue(options.contains("--illegal-native-access=allow"), options.toString());
        assertFalse(options.contains("--enable-native-access=ALL-UNNAMED"),
                "on JDK 24+ it makes every start with an archive report a mismatch: " + options);
    }
}
