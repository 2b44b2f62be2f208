package io.indaba.app.markdown;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * One model response rendered from Markdown into JavaFX nodes: never HTML, never a WebView, links open only
 * through {@link #setOnLinkClicked}, and a huge response shows page by page behind a "Show more" button.
 */
public final class MarkdownView extends VBox {

    /** Shown characters per page: about ten screens, which lays out in well under a second. */
    public static final int PAGE_CHARS = 20_000;

    private final Button showMore = new Button();
    private Consumer<String> onLinkClicked = url -> { };
    private List<List<Block>> pages = List.of();
    private int pagesShown;
    private int charsShown;
    private int charsTotal;

    /** An empty view; call {@link #setMarkdown} or {@link #setDocument}. */
    public MarkdownView() {
        getStyleClass().add(MarkdownStyles.VIEW);
        showMore.getStyleClass().add(MarkdownStyles.SHOW_MORE);
        showMore.setOnAction(event -> showNextPage());
    }

    /** Parses and shows {@code markdown} (null shows nothing); call on the FX thread, which also does the parsing. */
    public void setMarkdown(String markdown) {
        setDocument(MarkdownDocument.parse(markdown));
    }

    /** Shows a document parsed elsewhere, for instance on a background thread; call on the FX thread. */
    public void setDocument(MarkdownDocument document) {
        Objects.requireNonNull(document, "document");
        setNodeOrientation(document.direction() == Direction.RIGHT_TO_LEFT
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        pages = BlockPages.of(document.blocks(), PAGE_CHARS);
        charsTotal = document.blocks().stream().mapToInt(Block::shownLength).sum();
        pagesShown = 0;
        charsShown = 0;
        getChildren().clear();
        showNextPage();
    }

    /** Called with a link's raw address when the reader clicks it; check the scheme before opening anything. */
    public void setOnLinkClicked(Consumer<String> handler) {
        onLinkClicked = handler == null ? url -> { } : handler;
    }

    /** Appends the next page of blocks, if any; the "Show more" button does the same. */
    public void showNextPage() {
        getChildren().remove(showMore);
        if (pagesShown < pages.size()) {
            // links ask this view at click time, so a handler set after rendering still applies
            BlockNodes nodes = new BlockNodes(url -> onLinkClicked.accept(url));
            for (Block block : pages.get(pagesShown)) {
                getChildren().add(nodes.of(block));
                charsShown += block.shownLength();
            }
            pagesShown++;
        }
        if (pagesShown < pages.size()) {
            showMore.setText("Show more (%,d of %,d characters shown)".formatted(charsShown, charsTotal));
            getChildren().add(showMore);
        }
    }

    /** Whether part of the response still waits behind "Show more". */
    public boolean hasMore() {
        return pagesShown < pages.size();
    }

    @Override
    public String getUserAgentStylesheet() {
        // lowest precedence, so the application's theme overrides any of it
        return Objects.requireNonNull(MarkdownView.class.getResource("markdown.css")).toExternalForm();
    }
}
