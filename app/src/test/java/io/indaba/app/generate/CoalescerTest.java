package io.indaba.app.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The coalescing of streamed updates, on a fake clock: no FX thread, no real time. */
class CoalescerTest {

    private static final long MS = 1_000_000L;

    /** Runs each scheduled task when the fake clock reaches its time. */
    private static final class FakeTime implements Coalescer.Scheduler {
        long now;
        final List<long[]> due = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void schedule(Runnable task, long delayNanos) {
            due.add(new long[] {now + delayNanos});
            tasks.add(task);
        }

        void advanceTo(long time) {
            while (true) {
                int next = -1;
                for (int i = 0; i < due.size(); i++) {
                    if (due.get(i)[0] <= time && (next < 0 || due.get(i)[0] < due.get(next)[0])) {
                        next = i;
                    }
                }
                if (next < 0) {
                    break;
                }
                now = Math.max(now, due.remove(next)[0]);
                tasks.remove(next).run();
            }
            now = time;
        }
    }

    @Test
    void aThousandSignalsInOneSecondPublishAtMostElevenTimesAndTheLastStateAlwaysShows() {
        FakeTime time = new FakeTime();
        AtomicInteger state = new AtomicInteger();
        List<Integer> shown = new ArrayList<>();
        Coalescer c = new Coalescer(100 * MS, () -> time.now, time, () -> shown.add(state.get()));
        for (int i = 1; i <= 1000; i++) {
            time.advanceTo(i * MS);
            state.set(i);
            c.signal();
        }
        time.advanceTo(2000 * MS);
        assertTrue(shown.size() <= 11, "published " + shown.size() + " times");
        assertTrue(shown.size() >= 10, "published only " + shown.size() + " times in a busy second");
        assertEquals(1000, shown.get(shown.size() - 1), "the newest state is published");
    }

    @Test
    void aSignalAfterAQuietSpellShowsAtOnceAndOneSoonAfterWaitsForTheInterval() {
        FakeTime time = new FakeTime();
        AtomicInteger published = new AtomicInteger();
        Coalescer c = new Coalescer(100 * MS, () -> time.now, time, published::incrementAndGet);
        c.signal();
        assertEquals(0, time.due.get(0)[0], "the first signal is not delayed");
        time.advanceTo(0);
        assertEquals(1, published.get());
        time.advanceTo(30 * MS);
        c.signal();
        c.signal();
        assertEquals(1, time.due.size(), "one publication pending, however many signals");
        assertEquals(100 * MS, time.due.get(0)[0], "held until 100 ms after the last publication");
        time.advanceTo(99 * MS);
        assertEquals(1, published.get());
        time.advanceTo(100 * MS);
        assertEquals(2, published.get());
        time.advanceTo(500 * MS);
        c.signal();
        assertEquals(500 * MS, time.due.get(0)[0], "after a quiet spell, at once again");
    }
}
