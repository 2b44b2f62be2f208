package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Throughput, time left, pause and the streamed text, on a fake clock. */
class GenerationMonitorTest {

    private static final long S = 1_000_000_000L;

    @Test
    void ratesAndTimeLeftCountOnlyTheTimeNotPaused() {
        AtomicLong clock = new AtomicLong();
        GenerationMonitor m = new GenerationMonitor(clock::get);
        m.started();
        m.progress(0, 10);
        assertEquals(-1, m.snapshot().secondsLeft(), "unknown before the first response");
        long a = m.begin("m1", "Say hello");
        for (int i = 0; i < 50; i++) {
            m.delta(a, "x");
        }
        m.usage(a, 40); // the server's count wins over the number of pieces
        m.end(a);
        m.progress(2, 10);
        clock.set(2 * S);
        near(1.0, m.snapshot().responsesPerSecond());
        near(20.0, m.snapshot().tokensPerSecond());
        assertEquals(8, m.snapshot().secondsLeft());

        m.paused(true);
        clock.set(100 * S);
        assertTrue(m.snapshot().paused());
        near(1.0, m.snapshot().responsesPerSecond());
        m.paused(false);
        clock.set(102 * S);
        m.progress(4, 10);
        near(1.0, m.snapshot().responsesPerSecond());
        assertEquals(6, m.snapshot().secondsLeft());
    }

    @Test
    void showsTheResponsesUnderWayNewestFirstThenTheLastFinishedAndARetryStartsAfresh() {
        GenerationMonitor m = new GenerationMonitor(() -> 0);
        long a = m.begin("m1", "  First\n prompt ");
        long b = m.begin("m2", "Second");
        m.delta(a, "Hel");
        m.delta(a, "lo");
        m.delta(b, "Wrong");
        m.retry(b);
        m.delta(b, "Right");
        var shown = m.snapshot().streams();
        assertEquals(new GenerationMonitor.StreamText("m2", "Second", "Right", false), shown.get(0));
        assertEquals(new GenerationMonitor.StreamText("m1", "First prompt", "Hello", false), shown.get(1));
        m.end(a);
        shown = m.snapshot().streams();
        assertEquals("m2", shown.get(0).model());
        assertTrue(shown.get(1).ended());
        assertEquals("Hello", shown.get(1).text());
        for (int i = 0; i < 20; i++) {
            m.end(m.begin("m" + i, "p"));
        }
        assertEquals(GenerationMonitor.SHOWN, m.snapshot().streams().size());
        assertFalse(m.snapshot().streams().get(0).ended(), "the one under way still comes first");
    }

    @Test
    void keepsOnlyTheEndOfALongResponse() {
        GenerationMonitor m = new GenerationMonitor(() -> 0);
        long a = m.begin("m", "p");
        for (int i = 0; i < 5000; i++) {
            m.delta(a, "ab");
        }
        String text = m.snapshot().streams().get(0).text();
        assertTrue(text.length() <= GenerationMonitor.TAIL + 1, "kept " + text.length());
        assertTrue(text.startsWith("…") && text.endsWith("ab"));
    }

    private static void near(double expected, double actual) {
        assertEquals(expected, actual, 1e-9);
    }
}
