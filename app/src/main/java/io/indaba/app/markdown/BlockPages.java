package io.indaba.app.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a response into pages of about {@code budget} shown characters, so a huge response shows its first
 * page at once and the rest behind "show more"; blocks larger than a page are cut at line, item or row bounds.
 */
public final class BlockPages {

    private BlockPages() { }

    /** The pages of {@code blocks}; never empty pages, and a document without blocks gives no pages. */
    public static List<List<Block>> of(List<Block> blocks, int budget) {
        if (budget < 1) throw new IllegalArgumentException("budget must be positive: " + budget);
        List<Block> pieces = blocks.stream().flatMap(block -> pieces(block, budget).stream()).toList();
        return groups(pieces, Block::shownLength, budget);
    }

    /** {@code block} cut into pieces of at most {@code budget} characters where its kind allows a cut. */
    static List<Block> pieces(Block block, int budget) {
        if (block.shownLength() <= budget) return List.of(block);
        return switch (block) {
            case Block.Paragraph p -> TextCuts.ofRuns(p.text(), budget).stream()
                    .<Block>map(text -> new Block.Paragraph(text, p.direction())).toList();
            case Block.Heading h -> TextCuts.ofRuns(h.text(), budget).stream()
                    .<Block>map(text -> new Block.Heading(h.level(), text, h.direction())).toList();
            case Block.CodeBlock code -> TextCuts.ofText(code.code(), budget).stream()
                    .<Block>map(text -> new Block.CodeBlock(code.info(), text)).toList();
            case Block.RawHtml html -> TextCuts.ofText(html.source(), budget).stream()
                    .<Block>map(Block.RawHtml::new).toList();
            case Block.ListBlock list -> listPieces(list, budget);
            case Block.Quote quote -> groups(quote.blocks().stream()
                    .flatMap(child -> pieces(child, budget).stream()).toList(), Block::shownLength, budget)
                    .stream().<Block>map(group -> new Block.Quote(group, quote.direction())).toList();
            case Block.Table table -> tablePieces(table, budget);
            case Block.Rule ignored -> List.of(block);
            case Block.Omitted ignored -> List.of(block);
        };
    }

    private static List<Block> listPieces(Block.ListBlock list, int budget) {
        List<Block> pieces = new ArrayList<>();
        int start = list.start();
        for (List<Block.ListItem> items : groups(list.items(), BlockPages::itemLength, budget)) {
            // an ordered list goes on counting from where the previous piece stopped
            pieces.add(new Block.ListBlock(list.ordered(), start, items));
            start += items.size();
        }
        return pieces;
    }

    private static int itemLength(Block.ListItem item) {
        return 1 + item.blocks().stream().mapToInt(Block::shownLength).sum();
    }

    private static List<Block> tablePieces(Block.Table table, int budget) {
        if (table.rows().size() < 2) return List.of(table);
        List<Block.Cell> header = table.rows().getFirst();
        List<Block> pieces = new ArrayList<>();
        for (List<List<Block.Cell>> rows : groups(table.rows().subList(1, table.rows().size()),
                BlockPages::rowLength, budget)) {
            // each piece repeats the header so its columns still say what they hold
            List<List<Block.Cell>> withHeader = new ArrayList<>();
            withHeader.add(header);
            withHeader.addAll(rows);
            pieces.add(new Block.Table(table.columns(), withHeader, table.direction()));
        }
        return pieces;
    }

    private static int rowLength(List<Block.Cell> row) {
        return row.stream().mapToInt(cell -> 1 + new Block.Paragraph(cell.text(), cell.direction()).shownLength())
                .sum();
    }

    /** Consecutive groups of {@code items} of at most {@code budget} total size, each holding at least one item. */
    static <T> List<List<T>> groups(List<T> items, ToIntFunction<T> size, int budget) {
        List<List<T>> groups = new ArrayList<>();
        List<T> group = new ArrayList<>();
        int used = 0;
        for (T item : items) {
            int length = size.applyAsInt(item);
            if (!group.isEmpty() && used + length > budget) {
                groups.add(List.copyOf(group));
                group.clear();
                used = 0;
            }
            group.add(item);
            used += length;
        }
        if (!group.isEmpty()) groups.add(List.copyOf(group));
        return groups;
    }
}
