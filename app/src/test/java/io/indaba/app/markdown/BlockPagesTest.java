package io.indaba.app.markdown;

import static io.indaba.app.markdown.Direction.LEFT_TO_RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BlockPagesTest {

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Run(text, Set.of())), LEFT_TO_RIGHT);
    }

    @Test
    void smallBlocksShareAPageUntilTheBudgetIsSpent() {
        List<Block> blocks = List.of(paragraph("a".repeat(40)), paragraph("b".repeat(40)), paragraph("c".repeat(40)));
        List<List<Block>> pages = BlockPages.of(blocks, 100);
        assertEquals(List.of(blocks.subList(0, 2), blocks.subList(2, 3)), pages);
    }

    @Test
    void noBlocksGiveNoPages() {
        assertEquals(List.of(), BlockPages.of(List.of(), 100));
        assertThrows(IllegalArgumentException.class, () -> BlockPages.of(List.of(), 0));
    }

    @Test
    void longParagraphIsCutAtSpacesAndLosesNothing() {
        String text = "word ".repeat(1_000);
        List<List<Block>> pages = BlockPages.of(List.of(paragraph(text)), 300);
        assertTrue(pages.size() >= 17, "pages: " + pages.size());
        String joined = pages.stream().flatMap(List::stream)
                .map(block -> Inline.visibleText(((Block.Paragraph) block).text())).collect(Collectors.joining());
        assertEquals(text, joined);
        pages.forEach(page -> assertTrue(page.stream().mapToInt(Block::shownLength).sum() <= 300));
        pages.forEach(page -> assertTrue(Inline.visibleText(((Block.Paragraph) page.getFirst()).text()).endsWith(" ")));
    }

    @Test
    void longCodeBlockIsCutAtLineEnds() {
        String code = "line\n".repeat(100) + "end";
        List<Block> pieces = BlockPages.pieces(new Block.CodeBlock("txt", code), 52);
        assertEquals(code, pieces.stream().map(b -> ((Block.CodeBlock) b).code()).collect(Collectors.joining()));
        assertEquals("line\n".repeat(10), ((Block.CodeBlock) pieces.getFirst()).code());
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(50);
        for (String piece : TextCuts.ofText(text, 7)) {
            assertTrue(piece.length() <= 7);
            assertTrue(!Character.isLowSurrogate(piece.charAt(0)), "piece starts inside a pair");
        }
        assertEquals(text, String.join("", TextCuts.ofText(text, 7)));
    }

    @Test
    void longOrderedListGoesOnCounting() {
        List<Block.ListItem> items = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new Block.ListItem(List.of(paragraph("x".repeat(9))), LEFT_TO_RIGHT)).toList();
        List<Block> pieces = BlockPages.pieces(new Block.ListBlock(true, 5, items), 30);
        assertEquals(List.of(5, 8, 11, 14), pieces.stream().map(b -> ((Block.ListBlock) b).start()).toList());
        assertEquals(10, pieces.stream().mapToInt(b -> ((Block.ListBlock) b).items().size()).sum());
    }

    @Test
    void longTableRepeatsItsHeader() {
        var header = List.of(new Block.Cell(List.of(new Inline.Run("head", Set.of())), LEFT_TO_RIGHT));
        List<List<Block.Cell>> rows = new java.util.ArrayList<>();
        rows.add(header);
        for (int i = 0; i < 20; i++) rows.add(List.of(new Block.Cell(List.of(new Inline.Run("r" + i, Set.of())), LEFT_TO_RIGHT)));
        var table = new Block.Table(List.of(Block.Alignment.NONE), rows, LEFT_TO_RIGHT);
        List<Block> pieces = BlockPages.pieces(table, 20);
        assertTrue(pieces.size() > 1);
        pieces.forEach(piece -> assertEquals(header, ((Block.Table) piece).rows().getFirst()));
        assertEquals(20, pieces.stream().mapToInt(p -> ((Block.Table) p).rows().size() - 1).sum());
    }

    @Test
    void twoHundredKilobyteResponsePagesQuickly() {
        StringBuilder markdown = new StringBuilder();
        while (markdown.length() < 200_000) {
            markdown.append("## عنوان\n\nSome **bold** text and مرحبا بالعالم with `code`.\n\n- one\n- two\n\n```\nx = 1\n```\n\n");
        }
        long start = System.nanoTime();
        List<List<Block>> pages = BlockPages.of(MarkdownDocument.parse(markdown.toString()).blocks(), 20_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(pages.size() > 5);
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
