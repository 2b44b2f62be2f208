package io.indaba.app.backends;

/**
 * An LLM drafter the translator chose for a language pair: which saved server, which model, and the system prompt
 * template ({@code {source}} and {@code {target}} become the languages' names; empty: the standard prompt).
 *
 * @param pair   {@code "en>am"}, {@code "*>am"} (any source into Amharic) or {@code "*"} (every pair)
 * @param server the {@link SavedServer#name()}
 */
public record DrafterChoice(String pair, String server, String model, String prompt) {

    public DrafterChoice {
        pair = pair == null || pair.isBlank() ? "*" : pair.strip();
        if (server == null || server.isBlank()) {
            throw new IllegalArgumentException("an LLM drafter needs a server");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("an LLM drafter needs a model");
        }
        if (!pair.equals("*") && !pair.matches("[^>\\s]+>[^>\\s]+")) {
            throw new IllegalArgumentException("language pair " + pair + " is not of the form en>am, *>am or *");
        }
        prompt = prompt == null ? "" : prompt.strip();
    }

    @Override
    public String toString() {
        return pair + " · " + model + " @ " + server;
    }
}
