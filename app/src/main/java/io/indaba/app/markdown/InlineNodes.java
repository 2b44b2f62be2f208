package io.indaba.app.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.text.Text;

/** Turns inline runs into the Text nodes of one TextFlow. */
final class InlineNodes {

    /**
     * Put on both sides of an address or code, it keeps their punctuation in left-to-right order inside
     * right-to-left prose. Isolates (U+2066/U+2069) would be cleaner, but JavaFX draws them as boxes.
     */
    static final String LEFT_TO_RIGHT_MARK = "\u200E";

    private InlineNodes() { }

    /** The nodes for {@code runs}; activating a link passes its address to {@code onLink}. */
    static List<Node> of(List<Inline> runs, Consumer<String> onLink) {
        List<Node> nodes = new ArrayList<>();
        for (Inline run : runs) {
            switch (run) {
                case Inline.Run text -> nodes.add(text(text));
                case Inline.LineBreak ignored -> nodes.add(styled("\n", MarkdownStyles.TEXT));
                case Inline.Link link -> addLink(link, onLink, nodes);
                case Inline.Image image -> {
                    // never fetched: the address is shown so the annotator can judge it
                    if (!image.alt().isBlank()) nodes.add(styled(image.alt(), MarkdownStyles.TEXT, MarkdownStyles.IMAGE));
                    nodes.add(url(image.url(), !image.alt().isBlank()));
                }
            }
        }
        return nodes;
    }

    private static void addLink(Inline.Link link, Consumer<String> onLink, List<Node> nodes) {
        String label = link.label();
        if (label.isBlank() || label.equals(link.url())) {
            // the label is the address (or missing): show the address itself as the link
            nodes.add(new LinkText(leftToRight(ShownUrl.of(link.url())), link.url(), onLink));
            return;
        }
        nodes.add(new LinkText(label, link.url(), onLink));
        nodes.add(url(link.url(), true));
    }

    private static Text url(String url, boolean afterLabel) {
        String shown = leftToRight(ShownUrl.of(url));
        return styled(afterLabel ? " " + shown : shown, MarkdownStyles.URL);
    }

    static String leftToRight(String text) {
        return LEFT_TO_RIGHT_MARK + text + LEFT_TO_RIGHT_MARK;
    }

    private static Text text(Inline.Run run) {
        // code reads left to right in any language, so `f(x)` must not come out as "(x)f" inside Arabic prose
        boolean code = run.marks().contains(Inline.Mark.CODE);
        Text text = styled(code ? leftToRight(run.text()) : run.text(), MarkdownStyles.TEXT);
        for (Inline.Mark mark : run.marks()) {
            text.getStyleClass().add(switch (mark) {
                case EMPHASIS -> MarkdownStyles.EMPHASIS;
                case STRONG -> MarkdownStyles.STRONG;
                case CODE -> MarkdownStyles.CODE_SPAN;
                case RAW_HTML -> MarkdownStyles.RAW_HTML;
            });
        }
        return text;
    }

    private static Text styled(String content, String... styleClasses) {
        Text text = new Text(content);
        text.getStyleClass().addAll(styleClasses);
        // Without an explicit family JavaFX measures Arabic or Ge'ez runs with the default font and draws them
        // with a fallback, so lines wrap at the wrong width and spill out of their box.
        String family = io.indaba.app.theme.AppFonts.familyFor(content);
        if (family != null) {
            text.setStyle("-fx-font-family: \"" + family + "\";");
        }
        return text;
    }
}
