package io.indaba.app.project.packages;

import java.net.URI;
import java.nio.file.Path;

/** A path typed or pasted by the user: surrounding blanks and quotes (as file managers copy them) are dropped. */
final class PathText {

    private PathText() {
    }

    /** The path {@code text} names, or null when it is blank or no valid path. */
    static Path parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        try {
            // InvalidPathException is an IllegalArgumentException too. File managers copy file: URIs, with spaces and non-Latin names percent-encoded.
            return t.isEmpty() ? null : t.startsWith("file:") ? Path.of(URI.create(t)) : Path.of(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
