package io.indaba.app.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Reads a parsed commonmark tree into {@link Block}s, capping nesting and finding each block's direction. */
final class BlockReader {

    /** Lists and quotes nested deeper than this are flattened into their ancestor at this depth. */
    static final int MAX_NESTING = 8;

    private final Direction fallback;

    /** {@code fallback} is the direction of blocks with no strong character, usually the whole response's. */
    BlockReader(Direction fallback) {
        this.fallback = fallback;
    }

    List<Block> read(Node document) {
        return children(document, 0);
    }

    /** The direction of the first strong character in the text under {@code node}, code and URLs aside. */
    static Direction direction(Node node, Direction fallback) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node next = stack.pop();
            // only Text nodes: code spans and code blocks are Latin in every language and say nothing about the prose
            if (next instanceof Text text) {
                var found = Direction.ofFirstStrong(Objects.requireNonNullElse(text.getLiteral(), ""));
                if (found.isPresent()) return found.get();
            }
            for (Node child = next.getLastChild(); child != null; child = child.getPrevious()) stack.push(child);
        }
        return fallback;
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!isContainer(child)) {
                addLeaf(child, blocks);
            } else if (depth >= MAX_NESTING) {
                // recursion stops here, so a response of ten thousand '>' cannot overflow the stack or the layout
                flattenInto(child, blocks);
            } else if (child instanceof BlockQuote quote) {
                blocks.add(new Block.Quote(children(quote, depth + 1), direction(quote, fallback)));
            } else {
                blocks.add(list((ListBlock) child, depth));
            }
        }
        return blocks;
    }

    private Block.ListBlock list(ListBlock list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(new Block.ListItem(children(item, depth + 1), direction(item, fallback)));
        }
        if (list instanceof OrderedList ordered) {
            return new Block.ListBlock(true, ordered.getStartNumber(), items);
        }
        return new Block.ListBlock(false, 1, items);
    }

    private static boolean isContainer(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock;
    }

    private void flattenInto(Node container, List<Block> blocks) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(container);
        while (!stack.isEmpty()) {
            Node next = stack.pop();
            if (isContainer(next) || next instanceof ListItem || next instanceof Document) {
                for (Node child = next.getLastChild(); child != null; child = child.getPrevious()) stack.push(child);
            } else {
                addLeaf(next, blocks);
            }
        }
    }

    private void addLeaf(Node node, List<Block> blocks) {
        switch (node) {
            case Paragraph p -> blocks.add(new Block.Paragraph(InlineFlattener.of(p), direction(p, fallback)));
            case Heading h -> blocks.add(new Block.Heading(
                    Math.clamp(h.getLevel(), 1, 6), InlineFlattener.of(h), direction(h, fallback)));
            case FencedCodeBlock code -> blocks.add(new Block.CodeBlock(
                    Objects.requireNonNullElse(code.getInfo(), ""), withoutFinalNewline(code.getLiteral())));
            case IndentedCodeBlock code -> blocks.add(new Block.CodeBlock("", withoutFinalNewline(code.getLiteral())));
            case HtmlBlock html -> blocks.add(new Block.RawHtml(withoutFinalNewline(html.getLiteral())));
            case ThematicBreak ignored -> blocks.add(new Block.Rule());
            case TableBlock table -> blocks.add(table(table));
            case LinkReferenceDefinition ignored -> { }
            default -> {
                // a block type no one taught us: keep its words rather than lose them
                String text = InlineFlattener.plainText(node);
                if (!text.isBlank()) {
                    blocks.add(new Block.Paragraph(List.of(new Inline.Run(text, Set.of())),
                            direction(node, fallback)));
                }
            }
        }
    }

    private Block.Table table(TableBlock table) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<Block.Alignment> columns = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(table);
        while (!stack.isEmpty()) {
            Node next = stack.pop();
            if (next instanceof TableRow row) {
                List<Block.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(new Block.Cell(InlineFlattener.of(cell), direction(cell, fallback)));
                    if (rows.isEmpty() && cell instanceof TableCell tableCell) columns.add(alignment(tableCell));
                }
                rows.add(cells);
            } else {
                for (Node child = next.getLastChild(); child != null; child = child.getPrevious()) stack.push(child);
            }
        }
        return new Block.Table(columns, rows, direction(table, fallback));
    }

    private static Block.Alignment alignment(TableCell cell) {
        if (cell.getAlignment() == null) return Block.Alignment.NONE;
        return switch (cell.getAlignment()) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }

    private static String withoutFinalNewline(String literal) {
        String text = Objects.requireNonNullElse(literal, "");
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
