package io.indaba.app.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** A model response parsed into blocks with their directions; no JavaFX needed, and no input makes it throw. */
public record MarkdownDocument(List<Block> blocks, Direction direction) {

    /** Longer responses are cut here before parsing; the cut is shown as an {@link Block.Omitted} block. */
    public static final int MAX_SOURCE_CHARS = 1_000_000;

    // commonmark's Parser is immutable and safe to share between threads
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    public MarkdownDocument {
        blocks = List.copyOf(blocks);
    }

    /** Parses {@code markdown} (null reads as empty); HTML in it stays literal text. */
    public static MarkdownDocument parse(String markdown) {
        String source = markdown == null ? "" : markdown;
        int cut = cutPoint(source);
        String kept = source.substring(0, cut);
        MarkdownDocument document = parseWhole(kept);
        if (cut == source.length()) return document;
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.add(new Block.Omitted(source.length() - cut));
        return new MarkdownDocument(blocks, document.direction());
    }

    private static MarkdownDocument parseWhole(String source) {
        Node tree;
        try {
            tree = PARSER.parse(source);
        } catch (RuntimeException | StackOverflowError parserFailure) {
            // commonmark recurses once per nested emphasis, so thousands of '*' overflow it; its state is all
            // local to this call, so the error is safe to drop, and the reader still sees every character
            return asPlainText(source);
        }
        Direction direction = BlockReader.direction(tree, Direction.LEFT_TO_RIGHT);
        return new MarkdownDocument(new BlockReader(direction).read(tree), direction);
    }

    /**
     * {@code text} shown literally, Markdown characters included (a translation's {@code _} or {@code *} is text):
     * one paragraph per blank-line-separated chunk, each in the direction of its own first strong character.
     */
    public static MarkdownDocument plainText(String text) {
        return asPlainText(text == null ? "" : text);
    }

    /** The source shown literally, one paragraph per blank-line-separated chunk, for input the parser failed on. */
    static MarkdownDocument asPlainText(String source) {
        Direction direction = Direction.of(source, Direction.LEFT_TO_RIGHT);
        List<Block> blocks = new ArrayList<>();
        for (String chunk : source.split("\n\s*\n")) {
            if (chunk.isBlank()) continue;
            blocks.add(new Block.Paragraph(List.of(new Inline.Run(chunk.strip(), Set.of())),
                    Direction.of(chunk, direction)));
        }
        return new MarkdownDocument(blocks, direction);
    }

    private static int cutPoint(String source) {
        if (source.length() <= MAX_SOURCE_CHARS) return source.length();
        // never split a surrogate pair
        return Character.isHighSurrogate(source.charAt(MAX_SOURCE_CHARS - 1)) ? MAX_SOURCE_CHARS - 1 : MAX_SOURCE_CHARS;
    }
}
