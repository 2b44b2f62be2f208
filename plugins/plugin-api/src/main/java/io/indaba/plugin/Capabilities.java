package io.indaba.plugin;

/**
 * What a server accepts.
 *
 * @param multipleChoices whether one request with n &gt; 1 returns n choices (otherwise clients fan out)
 * @param seed            whether a seed is honoured
 * @param logprobs        whether token log-probabilities can be returned
 * @param streaming       whether responses stream
 * @param chat            whether chat messages are accepted
 * @param completion      whether a plain completion prompt is accepted
 */
public record Capabilities(boolean multipleChoices, boolean seed, boolean logprobs, boolean streaming, boolean chat,
                           boolean completion) {
}
