package io.indaba.core.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Pulls a source iterator on a helper thread, mapped and a chunk at a time, so that parsing an import overlaps the
 * inserts on the writer thread. Items and a failure of the source arrive in the source's order; the failure is
 * rethrown as it was thrown. Only the helper thread touches the source.
 */
final class ReadAhead<S, T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 256;
    private static final int CHUNKS_AHEAD = 8;
    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread helper;
    private volatile boolean stopped;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean done;

    ReadAhead(Iterator<S> source, Function<S, T> map) {
        // A virtual thread: importers that store one prompt at a time call this thousands of times.
        helper = Thread.ofVirtual().name("indaba-import-read-ahead").start(() -> pull(source, map));
    }

    private void pull(Iterator<S> source, Function<S, T> map) {
        try {
            List<T> chunk = new ArrayList<>(CHUNK);
            while (!stopped && source.hasNext()) {
                chunk.add(map.apply(source.next()));
                if (chunk.size() == CHUNK) {
                    put(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) {
                put(chunk);
            }
            put(END);
        } catch (RuntimeException | Error e) {
            put(new Failure(e));
        }
    }

    private void put(Object element) {
        try {
            while (!stopped && !queue.offer(element, 50, TimeUnit.MILLISECONDS)) {
                // the consumer is busy inserting; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (done) {
                return false;
            }
            Object next = take();
            if (next == END) {
                done = true;
            } else if (next instanceof Failure failure) {
                done = true;
                throw rethrow(failure.cause());
            } else {
                @SuppressWarnings("unchecked")
                List<T> chunk = (List<T>) next;
                current = chunk.iterator();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the import", e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        return (RuntimeException) t;
    }

    /** Stops the helper (it finishes the item in hand) and waits briefly for it. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            helper.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
