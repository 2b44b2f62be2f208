package io.indaba.app.markdown;

import java.util.List;

/** One block of a rendered response: the FX-free model between the Markdown parser and the JavaFX nodes. */
public sealed interface Block {

    /** How many characters this block puts on screen; the unit of the rendering budget. */
    default int shownLength() {
        return switch (this) {
            case Heading heading -> shownLength(heading.text());
            case Paragraph paragraph -> shownLength(paragraph.text());
            case ListBlock list -> list.items().stream().mapToInt(item -> 1 + sum(item.blocks())).sum();
            case Quote quote -> sum(quote.blocks());
            case CodeBlock code -> code.code().length();
            case RawHtml html -> html.source().length();
            case Table table -> table.rows().stream().flatMap(List::stream)
                    .mapToInt(cell -> 1 + shownLength(cell.text())).sum();
            case Rule ignored -> 1;
            case Omitted ignored -> 1;
        };
    }

    private static int sum(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::shownLength).sum();
    }

    private static int shownLength(List<Inline> text) {
        return text.stream().mapToInt(Inline::shownLength).sum();
    }

    /** A heading of level 1 to 6. */
    record Heading(int level, List<Inline> text, Direction direction) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    /** A paragraph of inline runs. */
    record Paragraph(List<Inline> text, Direction direction) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** A bullet list ({@code ordered} false) or a numbered list starting at {@code start}. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One list item; its direction places the marker on the start side of its own text. */
    record ListItem(List<Block> blocks, Direction direction) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block quote. */
    record Quote(List<Block> blocks, Direction direction) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** Fenced or indented code; always shown left to right in a monospace font. */
    record CodeBlock(String info, String code) implements Block { }

    /** An HTML block from the response, shown as literal source, never interpreted. */
    record RawHtml(String source) implements Block { }

    /** A thematic break. */
    record Rule() implements Block { }

    /** A GFM table: {@code rows.get(0)} is the header row; rows may be shorter than {@code columns}. */
    record Table(List<Alignment> columns, List<List<Cell>> rows, Direction direction) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table cell. */
    record Cell(List<Inline> text, Direction direction) {
        public Cell {
            text = List.copyOf(text);
        }
    }

    /** Column alignment as the table's delimiter row asked for it. */
    enum Alignment { NONE, LEFT, CENTER, RIGHT }

    /** Stands for the end of a response that was too long to parse; says how many characters were left out. */
    record Omitted(int characters) implements Block { }
}
