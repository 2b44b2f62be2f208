package io.indaba.app.generate;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What a running generation job is doing, fed from network threads: how many responses are done, the tokens that
 * streamed in, the text of the responses under way (and of the last ones finished), and the time the job was not
 * paused. {@link #snapshot()} gives one consistent view for the UI. Thread-safe.
 */
public final class GenerationMonitor {

    /** Responses shown at once: those under way first, then the last ones finished. */
    public static final int SHOWN = 6;
    /** Characters kept of each response's text: its end, where the new tokens come in. */
    static final int TAIL = 400;

    private final LongSupplier clock;
    private final Map<Long, Stream> active = new LinkedHashMap<>();
    private final Deque<StreamText> finished = new ArrayDeque<>();
    private long nextId;
    private long done;
    private long total = -1;
    private long tokens;
    private long startedAt = -1;
    private long pausedAt = -1;
    private long pausedNanos;

    /** One response as shown: the model, the start of its prompt, the text so far, and whether it is whole. */
    public record StreamText(String model, String prompt, String text, boolean ended) {
    }

    /**
     * The job at one moment.
     *
     * @param responsesPerSecond responses done per second the job was not paused, or 0 before the first
     * @param tokensPerSecond    tokens streamed per second (the server's count where it sent one, else one per
     *                           streamed piece), or 0
     * @param secondsLeft        the estimated time to the end at the rate so far, or -1 while unknown
     */
    public record Snapshot(long done, long total, double responsesPerSecond, double tokensPerSecond, long secondsLeft,
                           boolean paused, List<StreamText> streams) {
    }

    private static final class Stream {
        final String model;
        final String prompt;
        final StringBuilder text = new StringBuilder();
        long pieces;
        long reported = -1;

        Stream(String model, String prompt) {
            this.model = model;
            this.prompt = prompt;
        }

        long tokens() {
            return reported >= 0 ? reported : pieces;
        }

        StreamText shown(boolean ended) {
            return new StreamText(model, prompt, text.toString(), ended);
        }
    }

    public GenerationMonitor(LongSupplier clock) {
        this.clock = clock;
    }

    /** The job started (or resumed after a restart of the dialog); the clock of the rates starts now. */
    public synchronized void started() {
        startedAt = clock.getAsLong();
        pausedNanos = 0;
        pausedAt = -1;
    }

    /** A request was sent; returns its id for the calls that follow. */
    public synchronized long begin(String model, String prompt) {
        long id = nextId++;
        active.put(id, new Stream(model, excerpt(prompt)));
        return id;
    }

    /** Text streamed in for request {@code id}. */
    public synchronized void delta(long id, String text) {
        Stream s = active.get(id);
        if (s != null) {
            s.pieces++;
            s.text.append(text);
            if (s.text.length() > 2 * TAIL) {
                s.text.delete(0, s.text.length() - TAIL);
            }
        }
    }

    /** The server's token count for request {@code id}. */
    public synchronized void usage(long id, long completionTokens) {
        Stream s = active.get(id);
        if (s != null && completionTokens >= 0) {
            s.reported = completionTokens;
        }
    }

    /** Request {@code id} is sent again: what streamed so far is void. */
    public synchronized void retry(long id) {
        Stream s = active.get(id);
        if (s != null) {
            s.text.setLength(0);
            s.pieces = 0;
            s.reported = -1;
        }
    }

    /** Request {@code id} ended, whole or not; its tokens count, and it stays shown among the last finished. */
    public synchronized void end(long id) {
        Stream s = active.remove(id);
        if (s != null) {
            tokens += s.tokens();
            finished.addFirst(s.shown(true));
            while (finished.size() > SHOWN) {
                finished.removeLast();
            }
        }
    }

    /** The job's own count of requests ended and asked. */
    public synchronized void progress(long doneNow, long totalNow) {
        done = doneNow;
        total = totalNow;
    }

    /** Pausing stops the clock of the rates, so the estimate does not count the pause. */
    public synchronized void paused(boolean paused) {
        long now = clock.getAsLong();
        if (paused && pausedAt < 0) {
            pausedAt = now;
        } else if (!paused && pausedAt >= 0) {
            pausedNanos += now - pausedAt;
            pausedAt = -1;
        }
    }

    /** The state now. */
    public synchronized Snapshot snapshot() {
        double seconds = running() / 1e9;
        long streamed = tokens;
        List<StreamText> shown = new ArrayList<>();
        for (Stream s : active.values()) {
            streamed += s.tokens();
        }
        List<Stream> newest = new ArrayList<>(active.values());
        for (int i = newest.size() - 1; i >= 0 && shown.size() < SHOWN; i--) {
            Stream s = newest.get(i);
            shown.add(new StreamText(s.model, s.prompt, tail(s.text), false));
        }
        for (StreamText f : finished) {
            if (shown.size() >= SHOWN) {
                break;
            }
            shown.add(new StreamText(f.model(), f.prompt(), tail(new StringBuilder(f.text())), true));
        }
        double perResponse = seconds > 0 ? done / seconds : 0;
        double perToken = seconds > 0 ? streamed / seconds : 0;
        long left = total >= 0 && done > 0 && perResponse > 0 ? Math.round((total - done) / perResponse) : -1;
        return new Snapshot(done, total, perResponse, perToken, left, pausedAt >= 0, List.copyOf(shown));
    }

    private long running() {
        if (startedAt < 0) {
            return 0;
        }
        long now = pausedAt >= 0 ? pausedAt : clock.getAsLong();
        return Math.max(0, now - startedAt - pausedNanos);
    }

    private static String tail(CharSequence text) {
        String s = text.toString();
        return s.length() <= TAIL ? s : "…" + s.substring(s.length() - TAIL);
    }

    private static String excerpt(String prompt) {
        String flat = prompt == null ? "" : prompt.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }
}
