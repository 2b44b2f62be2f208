package io.indaba.app.markdown;

import java.util.List;
import java.util.Set;

/** One run of inline content inside a paragraph, heading or table cell; flat, so rendering needs no recursion. */
public sealed interface Inline {

    /** How a run of text is marked up; a run may carry several marks (strong inside emphasis). */
    enum Mark { EMPHASIS, STRONG, CODE, RAW_HTML }

    /** Text with its marks; the text is shown literally, whatever it contains. */
    record Run(String text, Set<Mark> marks) implements Inline {
        public Run {
            marks = Set.copyOf(marks);
        }
    }

    /** A link: the label the author wrote and the destination, which is shown but never followed by itself. */
    record Link(String label, String url) implements Inline { }

    /** An image, shown as its alt text and address; the image is never fetched. */
    record Image(String alt, String url) implements Inline { }

    /** A hard line break inside the block. */
    record LineBreak() implements Inline { }

    /** The visible text of a run, as used for direction detection and size budgets. */
    default String visibleText() {
        return switch (this) {
            case Run run -> run.text();
            case Link link -> link.label().isEmpty() ? link.url() : link.label();
            case Image image -> image.alt();
            case LineBreak ignored -> "\n";
        };
    }

    /** How many characters this run puts on screen, URLs included; the unit of the rendering budget. */
    default int shownLength() {
        return switch (this) {
            case Run run -> run.text().length();
            case Link link -> link.label().length() + link.url().length();
            case Image image -> image.alt().length() + image.url().length();
            case LineBreak ignored -> 1;
        };
    }

    /** The visible text of a sequence of runs, joined. */
    static String visibleText(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) text.append(inline.visibleText());
        return text.toString();
    }
}
