package io.indaba.app.markdown;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/** Builds the JavaFX node for one {@link Block}; every block is laid out in the direction of its own text. */
final class BlockNodes {

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final Consumer<String> onLink;

    /** {@code onLink} receives a link's address when the reader activates it. */
    BlockNodes(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    Node of(Block block) {
        return of(block, 0);
    }

    private Node of(Block block, int listDepth) {
        return switch (block) {
            case Block.Paragraph p -> flow(p.text(), p.direction(), MarkdownStyles.PARAGRAPH);
            case Block.Heading h -> flow(h.text(), h.direction(),
                    MarkdownStyles.HEADING, MarkdownStyles.HEADING_LEVEL + h.level());
            case Block.ListBlock list -> list(list, listDepth);
            case Block.Quote quote -> quote(quote, listDepth);
            case Block.CodeBlock code -> code(code.code(), MarkdownStyles.CODE);
            case Block.RawHtml html -> code(html.source(), MarkdownStyles.CODE, MarkdownStyles.RAW_HTML);
            case Block.Rule ignored -> styled(new Separator(), MarkdownStyles.RULE);
            case Block.Table table -> table(table);
            case Block.Omitted omitted -> styled(new TextFlow(styled(new Text(
                    "… %,d more characters of this response are not shown".formatted(omitted.characters())),
                    MarkdownStyles.TEXT)), MarkdownStyles.OMITTED);
        };
    }

    private TextFlow flow(List<Inline> text, Direction direction, String... styleClasses) {
        TextFlow flow = new TextFlow();
        List<Node> nodes = InlineNodes.of(text, onLink);
        if (MeasuredLines.needed(nodes)) {
            MeasuredLines.install(flow, nodes);
        } else {
            flow.getChildren().setAll(nodes);
        }
        // under RIGHT_TO_LEFT JavaFX mirrors the flow, so LEFT means "start": right for Arabic, left for English
        flow.setTextAlignment(TextAlignment.LEFT);
        orient(flow, direction);
        return styled(flow, styleClasses);
    }

    private Node list(Block.ListBlock list, int depth) {
        VBox box = styled(new VBox(), MarkdownStyles.LIST);
        long number = list.start();
        for (Block.ListItem item : list.items()) {
            Label marker = styled(new Label(list.ordered() ? number++ + "." : BULLETS[Math.min(depth, 2)]),
                    MarkdownStyles.LIST_MARKER);
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = blocks(item.blocks(), depth + 1);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = styled(new HBox(marker, content), MarkdownStyles.LIST_ITEM);
            orient(row, item.direction());
            box.getChildren().add(row);
        }
        return box;
    }

    private Node quote(Block.Quote quote, int depth) {
        // a themed vertical separator draws the quote bar, so the quote needs no colour of its own
        Separator bar = styled(new Separator(Orientation.VERTICAL), MarkdownStyles.QUOTE_BAR);
        VBox content = blocks(quote.blocks(), depth);
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox box = styled(new HBox(bar, content), MarkdownStyles.QUOTE);
        orient(box, quote.direction());
        return box;
    }

    private VBox blocks(List<Block> blocks, int depth) {
        VBox column = styled(new VBox(), MarkdownStyles.BLOCKS);
        for (Block child : blocks) column.getChildren().add(of(child, depth));
        return column;
    }

    private static TextFlow code(String code, String... styleClasses) {
        TextFlow flow = new TextFlow(styled(new Text(code), MarkdownStyles.CODE_TEXT));
        // code is left to right in every language; long lines wrap rather than scroll, so the page scrolls once
        flow.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        flow.setTextAlignment(TextAlignment.LEFT);
        return styled(flow, styleClasses);
    }

    private Node table(Block.Table table) {
        GridPane grid = styled(new GridPane(), MarkdownStyles.TABLE);
        orient(grid, table.direction());
        for (int row = 0; row < table.rows().size(); row++) {
            List<Block.Cell> cells = table.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                Block.Cell cell = cells.get(column);
                TextFlow flow = flow(cell.text(), cell.direction(), MarkdownStyles.TABLE_CELL);
                if (row == 0) flow.getStyleClass().add(MarkdownStyles.TABLE_HEADER);
                Block.Alignment alignment = column < table.columns().size()
                        ? table.columns().get(column) : Block.Alignment.NONE;
                flow.setTextAlignment(textAlignment(alignment, cell.direction()));
                grid.add(flow, column, row);
            }
        }
        return grid;
    }

    /** GFM's left and right are physical, as browsers show them; a right-to-left flow mirrors them, so swap back. */
    static TextAlignment textAlignment(Block.Alignment alignment, Direction cellDirection) {
        boolean mirrored = cellDirection == Direction.RIGHT_TO_LEFT;
        return switch (alignment) {
            case NONE -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case LEFT -> mirrored ? TextAlignment.RIGHT : TextAlignment.LEFT;
            case RIGHT -> mirrored ? TextAlignment.LEFT : TextAlignment.RIGHT;
        };
    }

    private static void orient(Node node, Direction direction) {
        // always explicit, never inherited: an English paragraph inside an Arabic quote stays left to right
        boolean rightToLeft = direction == Direction.RIGHT_TO_LEFT;
        node.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (rightToLeft) node.getStyleClass().add(MarkdownStyles.RIGHT_TO_LEFT);
    }

    private static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
