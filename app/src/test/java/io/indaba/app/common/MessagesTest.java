package io.indaba.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.Workspaces;
import io.indaba.app.keys.KeyMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails the build on UI text keys that the code uses but the bundle lacks, and on bundle keys nobody uses. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/io/indaba/app/messages.properties");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Set<String> bundle;
    private static Set<String> literals;

    @BeforeAll
    static void read() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        bundle = p.stringPropertyNames();
        literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() {
        // A literal whose first part is a bundle section ("menu.", "import.") is meant as a key.
        Set<String> sections = new HashSet<>();
        bundle.forEach(k -> sections.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            if (sections.stream().anyMatch(literal::startsWith) && !bundle.contains(literal)) {
                missing.add(literal);
            }
        }
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties");
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }

    @Test
    void keyMapAndWorkspacesHaveText() {
        for (KeyMap key : KeyMap.values()) {
            assertTrue(Messages.has(key.messageKey()), key.messageKey());
        }
        for (Workspace workspace : Workspaces.all(DrafterSource.of(List.of()))) {
            assertTrue(!workspace.title().isBlank(), workspace.id());
        }
    }

    @Test
    void formatsFillInArgumentsAndKeepNonLatinText() {
        assertEquals("Opening ትርጉም.indaba", Messages.format("task.open", "ትርጉም.indaba"));
    }
}
