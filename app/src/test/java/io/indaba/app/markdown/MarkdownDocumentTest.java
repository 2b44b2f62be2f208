package io.indaba.app.markdown;

import static io.indaba.app.markdown.Direction.LEFT_TO_RIGHT;
import static io.indaba.app.markdown.Direction.RIGHT_TO_LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.app.markdown.Block.Alignment;
import io.indaba.app.markdown.Inline.Mark;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {

    private static List<Block> blocks(String markdown) {
        return MarkdownDocument.parse(markdown).blocks();
    }

    @Test
    void headingAndParagraphWithMarkedRuns() {
        List<Block> blocks = blocks("## Title\n\nplain *soft* **bold** `x()` ***both***");
        assertEquals(new Block.Heading(2, List.of(new Inline.Run("Title", Set.of())), LEFT_TO_RIGHT), blocks.get(0));
        assertEquals(List.of(
                new Inline.Run("plain ", Set.of()),
                new Inline.Run("soft", Set.of(Mark.EMPHASIS)),
                new Inline.Run(" ", Set.of()),
                new Inline.Run("bold", Set.of(Mark.STRONG)),
                new Inline.Run(" ", Set.of()),
                new Inline.Run("x()", Set.of(Mark.CODE)),
                new Inline.Run(" ", Set.of()),
                new Inline.Run("both", Set.of(Mark.EMPHASIS, Mark.STRONG))),
                ((Block.Paragraph) blocks.get(1)).text());
    }

    @Test
    void softBreakIsSpaceAndHardBreakIsLineBreak() {
        var text = ((Block.Paragraph) blocks("one\ntwo  \nthree").getFirst()).text();
        assertEquals(List.of(new Inline.Run("one two", Set.of()), new Inline.LineBreak(),
                new Inline.Run("three", Set.of())), text);
    }

    @Test
    void eachParagraphGetsItsOwnDirection() {
        List<Block> blocks = blocks("مرحبا بالعالم\n\nHello world\n\nߒߞߏ ߞߊ߲\n\nሰላም");
        assertEquals(List.of(RIGHT_TO_LEFT, LEFT_TO_RIGHT, RIGHT_TO_LEFT, LEFT_TO_RIGHT),
                blocks.stream().map(b -> ((Block.Paragraph) b).direction()).toList());
    }

    @Test
    void codeSpansAndUrlsDoNotDecideTheDirection() {
        var paragraph = (Block.Paragraph) blocks("`print()` تطبع النص").getFirst();
        assertEquals(RIGHT_TO_LEFT, paragraph.direction());
        var linked = (Block.Paragraph) blocks("[الرابط](https://example.org)").getFirst();
        assertEquals(RIGHT_TO_LEFT, linked.direction());
    }

    @Test
    void neutralParagraphTakesTheResponseDirection() {
        MarkdownDocument arabic = MarkdownDocument.parse("2024\n\nمرحبا");
        assertEquals(RIGHT_TO_LEFT, arabic.direction());
        assertEquals(RIGHT_TO_LEFT, ((Block.Paragraph) arabic.blocks().getFirst()).direction());
        assertEquals(LEFT_TO_RIGHT, ((Block.Paragraph) blocks("2024").getFirst()).direction());
    }

    @Test
    void codeBlocksKeepTheirTextAndLanguage() {
        List<Block> blocks = blocks("```python\nprint('مرحبا')\n```\n\n    indented\n");
        assertEquals(new Block.CodeBlock("python", "print('مرحبا')"), blocks.get(0));
        assertEquals(new Block.CodeBlock("", "indented"), blocks.get(1));
    }

    @Test
    void htmlStaysLiteralText() {
        List<Block> blocks = blocks("<script>alert('x')</script>\n\nsee <b onclick=\"x()\">this</b>");
        assertEquals(new Block.RawHtml("<script>alert('x')</script>"), blocks.get(0));
        var text = ((Block.Paragraph) blocks.get(1)).text();
        assertEquals(new Inline.Run("<b onclick=\"x()\">", Set.of(Mark.RAW_HTML)), text.get(1));
        assertEquals("see <b onclick=\"x()\">this</b>", Inline.visibleText(text));
    }

    @Test
    void linksAndImagesKeepLabelAndAddress() {
        var text = ((Block.Paragraph) blocks(
                "[the *docs*](https://example.org/d) ![a cat](http://img/cat.png) <https://auto.link>")
                .getFirst()).text();
        assertEquals(new Inline.Link("the docs", "https://example.org/d"), text.get(0));
        assertEquals(new Inline.Image("a cat", "http://img/cat.png"), text.get(2));
        assertEquals(new Inline.Link("https://auto.link", "https://auto.link"), text.get(4));
    }

    @Test
    void nestedListsKeepStructureAndNumbering() {
        List<Block> blocks = blocks("3. three\n4. four\n   - inner\n   - مرحبا\n");
        var list = (Block.ListBlock) blocks.getFirst();
        assertTrue(list.ordered());
        assertEquals(3, list.start());
        assertEquals(2, list.items().size());
        var inner = (Block.ListBlock) list.items().get(1).blocks().get(1);
        assertEquals(false, inner.ordered());
        assertEquals(List.of(LEFT_TO_RIGHT, RIGHT_TO_LEFT), inner.items().stream().map(Block.ListItem::direction).toList());
    }

    @Test
    void quoteHoldsItsBlocks() {
        var quote = (Block.Quote) blocks("> قال\n>\n> - item").getFirst();
        assertEquals(RIGHT_TO_LEFT, quote.direction());
        assertInstanceOf(Block.Paragraph.class, quote.blocks().get(0));
        assertInstanceOf(Block.ListBlock.class, quote.blocks().get(1));
    }

    @Test
    void tableHasHeaderAlignmentsAndCells() {
        var table = (Block.Table) blocks("| a | b | c |\n|:--|:-:|--:|\n| 1 | **2** | مرحبا |\n| x |").getFirst();
        assertEquals(List.of(Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT), table.columns());
        assertEquals(3, table.rows().size());
        assertEquals("a", Inline.visibleText(table.rows().get(0).get(0).text()));
        assertEquals(new Inline.Run("2", Set.of(Mark.STRONG)), table.rows().get(1).get(1).text().getFirst());
        assertEquals(RIGHT_TO_LEFT, table.rows().get(1).get(2).direction());
        assertEquals(LEFT_TO_RIGHT, table.direction());
    }

    @Test
    void thematicBreakAndReferenceDefinitions() {
        List<Block> blocks = blocks("a\n\n---\n\n[ref]: https://example.org\n\n[ref]");
        assertEquals(new Block.Rule(), blocks.get(1));
        assertEquals(3, blocks.size(), "the definition itself shows nothing");
        assertEquals(new Inline.Link("ref", "https://example.org"), ((Block.Paragraph) blocks.get(2)).text().getFirst());
    }

    @Test
    void deepQuotesAreCappedAndKeepTheirText() {
        String markdown = ">".repeat(20_000) + " deep";
        List<Block> blocks = blocks(markdown);
        assertTrue(depth(blocks) <= BlockReader.MAX_NESTING, "depth " + depth(blocks));
        assertTrue(allText(blocks).contains("deep"));
    }

    @Test
    void deepListsAreCappedAndKeepTheirText() {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; level < 300; level++) markdown.append("  ".repeat(level)).append("- item").append(level).append('\n');
        List<Block> blocks = blocks(markdown.toString());
        assertTrue(depth(blocks) <= BlockReader.MAX_NESTING, "depth " + depth(blocks));
        assertTrue(allText(blocks).contains("item299"));
    }

    @Test
    void moderatelyNestedEmphasisIsParsed() {
        String markdown = "*a **b ".repeat(20) + "c" + "** a*".repeat(20);
        var runs = ((Block.Paragraph) blocks(markdown).getFirst()).text();
        assertFalse(Inline.visibleText(runs).contains("*"), "every delimiter was matched");
        assertTrue(runs.stream().anyMatch(run -> run.visibleText().contains(" c ")
                && ((Inline.Run) run).marks().equals(Set.of(Mark.EMPHASIS, Mark.STRONG))));
    }

    @Test
    void emphasisTooDeepForTheParserFallsBackToLiteralText() {
        // deep enough to overflow any thread's default stack, JIT-compiled frames or not
        String emphasis = "intro\n\n" + "*a **b ".repeat(60_000) + "c" + "** a*".repeat(60_000);
        List<Block> blocks = blocks(emphasis);
        assertEquals(new Block.Paragraph(List.of(new Inline.Run("intro", Set.of())), LEFT_TO_RIGHT), blocks.get(0));
        assertTrue(allText(blocks).contains("*a **b *a **b"), "shown as typed");
    }

    @Test
    void plainTextFallbackKeepsParagraphsAndTheirDirections() {
        MarkdownDocument document = MarkdownDocument.asPlainText("مرحبا *x*\n\n\nhello <b>\n  \n");
        assertEquals(List.of(
                new Block.Paragraph(List.of(new Inline.Run("مرحبا *x*", Set.of())), RIGHT_TO_LEFT),
                new Block.Paragraph(List.of(new Inline.Run("hello <b>", Set.of())), LEFT_TO_RIGHT)),
                document.blocks());
        assertEquals(RIGHT_TO_LEFT, document.direction());
    }

    @Test
    void deeplyNestedImagesDoNotOverflowTheStack() {
        String images = "![".repeat(5_000) + "x" + "](u)".repeat(5_000);
        assertTrue(allText(blocks(images)).contains("x"));
    }

    @Test
    void responsesOverTheLimitEndWithAnOmittedBlock() {
        String markdown = "a".repeat(MarkdownDocument.MAX_SOURCE_CHARS - 1) + "\uD83D\uDE00" + "b".repeat(99);
        List<Block> blocks = blocks(markdown);
        assertEquals(new Block.Omitted(101), blocks.getLast(), "the cut moves back before the surrogate pair");
    }

    @Test
    void nullAndEmptyGiveNoBlocks() {
        assertEquals(List.of(), blocks(null));
        assertEquals(List.of(), blocks(""));
    }

    static int depth(List<Block> blocks) {
        int deepest = 0;
        for (Block block : blocks) {
            int inner = switch (block) {
                case Block.Quote quote -> 1 + depth(quote.blocks());
                case Block.ListBlock list -> 1 + list.items().stream()
                        .mapToInt(item -> depth(item.blocks())).max().orElse(0);
                default -> 0;
            };
            deepest = Math.max(deepest, inner);
        }
        return deepest;
    }

    static String allText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> text.append(Inline.visibleText(p.text())).append('\n');
                case Block.Heading h -> text.append(Inline.visibleText(h.text())).append('\n');
                case Block.Quote q -> text.append(allText(q.blocks()));
                case Block.ListBlock l -> l.items().forEach(item -> text.append(allText(item.blocks())));
                case Block.CodeBlock c -> text.append(c.code()).append('\n');
                case Block.RawHtml h -> text.append(h.source()).append('\n');
                case Block.Table t -> t.rows().forEach(row -> row.forEach(
                        cell -> text.append(Inline.visibleText(cell.text())).append('\n')));
                case Block.Rule r -> { }
                case Block.Omitted o -> { }
            }
        }
        return text.toString();
    }
}
