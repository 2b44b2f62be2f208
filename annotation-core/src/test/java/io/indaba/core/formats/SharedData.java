package io.indaba.core.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real deliveries in {@code ../shared/data}, which a fresh clone lacks: tests that read them skip when it is
 * absent. Located from the module folder, or with {@code -Dindaba.shared.data=...}.
 */
final class SharedData {

    private SharedData() {
    }

    /** The data folder, or skips the calling test. */
    static Path dir() {
        Path found = locate();
        assumeTrue(found != null, "shared data folder not present; real-data test skipped");
        return found;
    }

    static Path locate() {
        String prop = System.getProperty("indaba.shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (String candidate : List.of("../../shared/data", "../shared/data")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("bridging_the_gap"))) {
                return p;
            }
        }
        return null;
    }

    /** The CSV files of one sub-folder, sorted by name. */
    static List<Path> csvFiles(String folder) {
        Path dir = dir().resolve(folder);
        assumeTrue(Files.isDirectory(dir), folder + " not present");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
