package io.indaba.app.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated Markdown in many scripts, with lone surrogates and control characters, must never make parsing throw. */
class MarkdownFuzzTest {

    static final List<String> SEEDS = List.of(
            "# Title\n\nSome *emphasis* and **strong** and `code`.\n",
            "مرحبا **بالعالم**\n\n> اقتباس\n> - عنصر\n",
            "ሰላም ልዑል\n\n1. አንድ\n2. ሁለት\n   - ሦስት\n",
            "ߒߞߏ ߞߊ߲ ߓߍ߬ ߛߓߍ߫\n\n---\n",
            "नमस्ते [दुनिया](https://hi.wikipedia.org)\n\n![छवि](x.png)\n",
            "Ẹ káàrọ̀, Ọ̀gá. Ị̀gbò: ụ́lọ̀\n\n| a | b |\n|:-|-:|\n| ọ | ụ |\n",
            "```js\n<script>alert(1)</script>\n```\n\n<div onclick=x()>hi</div>\n",
            "- a\n  - b\n    - c\n      > d\n      > > e\n",
            "[ref]: <https://example.org> \"t\"\n\n[x][ref] <http://auto> ***x*** _y_ __z__\n");

    /** Characters that tend to break parsers and text layout. */
    static final String NASTY = "*_`[]()!<>#>-+|:\\\n\n\t \u0000\u0001\u001B\u007F\u200B\u200E\u200F\u202A\u202E\u2066\u2069"
            + "\uD800\uDBFF\uDC00\uDFFF\uFEFF\uFFFD\uFFFF\u0301\u0645\u05D0\u07CA\u1200\u0915\r";

    /** One mutation of {@code seed}, driven by {@code random} so a failure can be replayed from its seed. */
    static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits; e++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 1 -> text.insert(at, String.valueOf(NASTY.charAt(random.nextInt(NASTY.length())))
                        .repeat(1 + random.nextInt(40)));
                case 2 -> {
                    if (!text.isEmpty()) text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                }
                case 3 -> text.insert(at, SEEDS.get(random.nextInt(SEEDS.size())));
                default -> text.insert(at, (char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    @Test
    void mutatedMarkdownNeverThrows() {
        Random random = new Random(20_240_611L);
        for (int i = 0; i < 3_000; i++) {
            String input = mutate(SEEDS.get(i % SEEDS.size()), random);
            int round = i;
            MarkdownDocument document = assertDoesNotThrow(() -> MarkdownDocument.parse(input), () -> "round " + round);
            assertNotNull(document.direction());
            assertTrue(MarkdownDocumentTest.depth(document.blocks()) <= BlockReader.MAX_NESTING);
            assertDoesNotThrow(() -> BlockPages.of(document.blocks(), 1 + random.nextInt(200)), () -> "round " + round);
            assertDoesNotThrow(() -> MarkdownDocumentTest.allText(document.blocks()).codePoints().count());
        }
    }

    @Test
    void randomUtf16NeverThrows() {
        Random random = new Random(7L);
        for (int i = 0; i < 300; i++) {
            char[] chars = new char[random.nextInt(2_000)];
            for (int c = 0; c < chars.length; c++) chars[c] = (char) random.nextInt(0x10000);
            String input = new String(chars);
            assertDoesNotThrow(() -> BlockPages.of(MarkdownDocument.parse(input).blocks(), 100));
        }
    }
}
