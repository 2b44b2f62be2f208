package io.indaba.plugin;

/** Receives a request's events as they stream in; must return quickly (it runs on a network thread). */
@FunctionalInterface
public interface GenerationListener {

    /** Ignores every event. */
    GenerationListener NONE = e -> { };

    void on(GenerationEvent event);
}
