package io.indaba.plugin;

/** Token counts of one request, -1 where the server did not say. */
public record Usage(long promptTokens, long completionTokens) {

    /** Nothing reported. */
    public static final Usage UNKNOWN = new Usage(-1, -1);

    /** The sum of two requests' counts (fan-out), unknown parts staying unknown. */
    public Usage plus(Usage other) {
        return new Usage(add(promptTokens, other.promptTokens), add(completionTokens, other.completionTokens));
    }

    private static long add(long a, long b) {
        return a < 0 || b < 0 ? Math.max(a, b) : a + b;
    }
}
