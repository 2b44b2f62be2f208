package io.indaba.plugin;

/** Something that happened while a response streamed in. */
public sealed interface GenerationEvent {

    /** New text for choice {@code choice}. */
    record TextDelta(int choice, String text) implements GenerationEvent {
    }

    /** Choice {@code choice} ended, with the server's reason ({@code stop}, {@code length}, ...). */
    record Finished(int choice, String reason) implements GenerationEvent {
    }

    /** Token counts, when the server sends them. */
    record UsageReport(Usage usage) implements GenerationEvent {
    }

    /**
     * The request is being sent again after a retryable failure: text received so far for this request is void
     * (the final result never holds it twice).
     */
    record Retrying(int attempt, String reason) implements GenerationEvent {
    }

    /** The request failed for good; the handle fails with the same error. */
    record Failed(BackendException error) implements GenerationEvent {
    }
}
