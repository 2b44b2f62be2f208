package io.indaba.core.qa;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the real delivery files of {@code ../shared/data} for tests, which skip when they are absent (a fresh clone).
 * Looked up as the system property {@code indaba.shared.data}, then {@code ../../shared/data} and
 * {@code ../shared/data} from the module directory, then {@code shared/data} beside any parent directory (a git
 * worktree sits deeper than the main checkout).
 */
final class SharedData {

    private SharedData() {
    }

    /** The data folder, or a skipped test when there is none. */
    static Path dir() {
        Path found = locate();
        Assumptions.assumeTrue(found != null, "shared data folder not found: skipping real-data test");
        return found;
    }

    /** A file under the data folder, or a skipped test when it is absent. */
    static Path file(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not found");
        return file;
    }

    /** The records of a comma-separated file, UTF-8 with or without BOM; with {@code header}, read by name. */
    static List<CSVRecord> csv(Path file, boolean header) {
        return csv(file, header, ',');
    }

    /** The records of a CSV file with {@code delimiter}, UTF-8 with or without BOM. */
    static List<CSVRecord> csv(Path file, boolean header, char delimiter) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(delimiter);
            if (header) {
                format.setHeader().setSkipHeaderRecord(true);
            }
            return format.get().parse(new java.io.StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String property = System.getProperty("indaba.shared.data");
        if (property != null) { // an explicit location wins, even a wrong one: that is how to test the skip
            return Files.isDirectory(Path.of(property)) ? Path.of(property) : null;
        }
        for (String candidate : List.of("../../shared/data", "../shared/data")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).normalize();
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
