package io.indaba.app.backends;

import io.indaba.core.translate.DraftPrompts;
import io.indaba.core.translate.LlmDrafter;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import io.indaba.plugin.InferenceClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The LLM drafter of the Back-ends settings: for each request, the chosen drafter of the most specific matching pair
 * ({@code en>am}, then {@code *>am}, then {@code *}) drafts through {@link LlmDrafter}, so each draft carries its
 * origin (back-end, endpoint, model, sampling, prompt). Reads the settings at every draft, so a change on the page
 * applies to the next field; connections are kept per server and closed when the server's settings change.
 */
final class SettingsDrafter implements Drafter, AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final Supplier<BackendSettings> settings;
    private final Function<String, String> backendIds;
    private final Function<SavedServer, InferenceClient> connect;
    private final Map<SavedServer, InferenceClient> clients = new HashMap<>();

    /**
     * @param backendIds the plugin id speaking a protocol, recorded with each draft
     * @param connect    opens a client for a saved server
     */
    SettingsDrafter(Supplier<BackendSettings> settings, Function<String, String> backendIds,
                    Function<SavedServer, InferenceClient> connect) {
        this.settings = settings;
        this.backendIds = backendIds;
        this.connect = connect;
    }

    @Override
    public String id() {
        return LlmDrafter.ID;
    }

    @Override
    public String displayName() {
        return "LLM drafts";
    }

    @Override
    public boolean supports(String sourceLang, String targetLang) {
        return !sourceLang.equalsIgnoreCase(targetLang) && choice(sourceLang, targetLang) != null;
    }

    @Override
    public CompletableFuture<List<Draft>> draft(DraftRequest request) {
        DrafterChoice choice = choice(request.sourceLang(), request.targetLang());
        SavedServer server = choice == null ? null : settings.get().server(choice.server());
        if (server == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        Map<String, String> prompts = choice.prompt().isEmpty() ? Map.of()
                : Map.of("*>" + request.targetLang(), choice.prompt());
        try {
            LlmDrafter drafter = new LlmDrafter(client(server), backendIds.apply(server.protocol()),
                    server.endpointForRecord(), choice.model(), new DraftPrompts(prompts), LlmDrafter.greedy(1024),
                    DEADLINE);
            return drafter.draft(request);
        } catch (RuntimeException e) {
            // no back-end for the protocol, a key variable not set, a bad address: one line in the drafts pane
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The most specific choice for the pair, or null. */
    private DrafterChoice choice(String source, String target) {
        DrafterChoice any = null;
        DrafterChoice anySource = null;
        for (DrafterChoice c : settings.get().drafters()) {
            if (c.pair().equalsIgnoreCase(source + ">" + target)) {
                return c;
            }
            if (anySource == null && c.pair().equalsIgnoreCase("*>" + target)) {
                anySource = c;
            }
            if (any == null && c.pair().equals("*")) {
                any = c;
            }
        }
        return anySource != null ? anySource : any;
    }

    private synchronized InferenceClient client(SavedServer server) {
        InferenceClient c = clients.get(server);
        if (c == null) {
            c = connect.apply(server);
            clients.put(server, c);
        }
        return c;
    }

    /** Closes the connections of servers no longer saved as they were. */
    synchronized void settingsChanged() {
        List<SavedServer> current = settings.get().servers();
        for (SavedServer gone : new ArrayList<>(clients.keySet())) {
            if (!current.contains(gone)) {
                clients.remove(gone).close();
            }
        }
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(InferenceClient::close);
        clients.clear();
    }
}
