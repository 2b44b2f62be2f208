package io.indaba.core.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real delivery files of {@code ../shared/data} for tests, which skip when they are absent (a fresh clone)
 * and say so in their assumption message (Surefire's reports and {@code .ci/test-report.sh} list it). Looked up as
 * the system property {@code indaba.shared.data}, then {@code ../../shared/data} and {@code ../shared/data} from the
 * module directory, then {@code shared/data} beside any parent directory (a git worktree sits deeper than the main
 * checkout).
 */
public final class SharedData {

    private static final String ABSENT = "real-data test skipped: ../shared/data not found"
            + " (set -Dindaba.shared.data=<folder> to run it)";

    private SharedData() {
    }

    /** The data folder, or a skipped test when there is none. */
    public static Path dir() {
        Path found = locate();
        Assumptions.assumeTrue(found != null, ABSENT);
        return found;
    }

    /** A file under the data folder, or a skipped test when it is absent. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real-data test skipped: " + file + " not found");
        return file;
    }

    /** The CSV files of one sub-folder, sorted by name, or a skipped test when the folder is absent. */
    public static List<Path> csvFiles(String folder) {
        Path dir = dir().resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "real-data test skipped: " + dir + " not found");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a comma-separated file, UTF-8 with or without BOM; with {@code header}, read by name. */
    public static List<CSVRecord> csv(Path file, boolean header) {
        return csv(file, header, ',');
    }

    /** The records of a CSV file with {@code delimiter}, UTF-8 with or without BOM. */
    public static List<CSVRecord> csv(Path file, boolean header, char delimiter) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(delimiter);
            if (header) {
                format.setHeader().setSkipHeaderRecord(true);
            }
            return format.get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data folder, or null when this checkout has none (for tests that only add real seeds when present). */
    public static Path locate() {
        String property = System.getProperty("indaba.shared.data");
        if (property != null) { // an explicit location wins, even a wrong one: that is how to test the skip
            return Files.isDirectory(Path.of(property)) ? Path.of(property) : null;
        }
        for (String candidate : List.of("../../shared/data", "../shared/data")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared/data");
            }
        }
        return null;
    }
}
