package io.indaba.core.store;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.sqlite.util.OSInfo;

/**
 * Builds the command line of a short-lived child JVM on the test class path, tuned to start fast: C1 only, serial
 * GC, a class-data archive recorded by one warm-up run, and the SQLite library unpacked once.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * The command to run {@code main} with {@code args}; more arguments may be appended. Runs {@code main} once with
     * {@code warmUpArgs} (it must exit 0) to record the class-data archive. Scratch files go into {@code dir}.
     */
    static List<String> command(Path dir, Class<?> main, List<String> args, List<String> warmUpArgs)
            throws IOException, URISyntaxException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> options = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-XX:-UsePerfData", "-Xmx256m", "--enable-native-access=ALL-UNNAMED"));
        // A killed child cannot delete the SQLite library it unpacked, so unpack it once and keep any leftovers here.
        Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
        options.add("-Djava.io.tmpdir=" + tmp);
        String library = System.mapLibraryName("sqlitejdbc");
        try (var in = org.sqlite.SQLiteConnection.class.getResourceAsStream(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library)) {
            if (in != null) {
                Files.copy(in, tmp.resolve(library));
                options.add("-Dorg.sqlite.lib.path=" + tmp);
                options.add("-Dorg.sqlite.lib.name=" + library);
            }
        }
        options.addAll(List.of("-cp", classPath(dir)));
        // A class-data archive recorded by one child that exits normally halves the start of the others.
        Path archive = dir.resolve("child.jsa");
        List<String> warmUp = new ArrayList<>(options);
        warmUp.add("-XX:ArchiveClassesAtExit=" + archive);
        warmUp.add(main.getName());
        warmUp.addAll(warmUpArgs);
        Path log = dir.resolve("warm-up.txt");
        Process p = new ProcessBuilder(warmUp).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the warm-up child failed: " + Files.readString(log));
        }
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        options.add(main.getName());
        options.addAll(args);
        return options;
    }

    /** The module's {@code target} folder. */
    static Path targetDir() throws URISyntaxException {
        return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    /** The test class path with its folders packed into one jar, since class-data archives accept only jars. */
    private static String classPath(Path dir) throws IOException, URISyntaxException {
        Path target = targetDir();
        List<String> entries = new ArrayList<>(List.of(Files.readString(target.resolve("test-classpath.txt")).strip()
                .split(File.pathSeparator)));
        entries.add(target.resolve("classes").toString());
        entries.add(target.resolve("test-classes").toString());
        List<String> jars = new ArrayList<>();
        Path packed = dir.resolve("child-classes.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(packed))) {
            Set<String> written = new HashSet<>();
            for (String entry : entries) {
                Path path = Path.of(entry);
                if (!Files.isDirectory(path)) {
                    jars.add(entry);
                    continue;
                }
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = path.relativize(f).toString().replace(File.separatorChar, '/');
                        if (written.add(name)) {
                            jar.putNextEntry(new JarEntry(name));
                            Files.copy(f, jar);
                            jar.closeEntry();
                        }
                    }
                }
            }
        }
        jars.add(packed.toString());
        return String.join(File.pathSeparator, jars);
    }
}
