package io.indaba.core.qa;

import java.util.ArrayDeque;
import java.util.Deque;

/** Finds bidi embedding and isolate controls without their partner, which garble the display of what follows. */
final class BidiBalance {

    private BidiBalance() {
    }

    /** Whether {@code cp} is an explicit bidi mark, embedding, override or isolate control. */
    static boolean isControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** For each char index, whether a control starts there that has no partner (an opener never closed, or the reverse). */
    static boolean[] strayControls(String text) {
        boolean[] stray = new boolean[text.length() + 1];
        Deque<Integer> open = new ArrayDeque<>(); // indexes of unclosed openers, innermost first
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x202A && c <= 0x202D) || (c >= 0x2066 && c <= 0x2068)) {
                open.push(i);
            } else if (c == 0x202C) { // PDF closes the innermost embedding or override, never an isolate
                if (!open.isEmpty() && isEmbedding(text.charAt(open.peek()))) {
                    open.pop();
                } else {
                    stray[i] = true;
                }
            } else if (c == 0x2069) { // PDI closes the innermost isolate and any embeddings opened inside it
                if (open.stream().anyMatch(j -> !isEmbedding(text.charAt(j)))) {
                    while (isEmbedding(text.charAt(open.pop()))) {
                        // embeddings inside the isolate end with it
                    }
                } else {
                    stray[i] = true;
                }
            }
        }
        open.forEach(i -> stray[i] = true);
        return stray;
    }

    private static boolean isEmbedding(char c) {
        return c >= 0x202A && c <= 0x202D;
    }
}
