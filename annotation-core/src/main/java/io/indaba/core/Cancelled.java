package io.indaba.core;

/** Thrown when the user cancelled long work; nothing of it was kept. */
public final class Cancelled extends RuntimeException {
    public Cancelled() {
        super("cancelled; nothing was changed");
    }
}
