package io.indaba.app.generate;

import io.indaba.plugin.Capabilities;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import io.indaba.plugin.ServerIdentity;
import java.util.List;

/**
 * A client that tells a {@link GenerationMonitor} about every request a job sends through it: its streamed text,
 * token counts, retries and end, and signals the {@link Coalescer} that the UI may show something new. The job's
 * own listener still gets every event.
 */
final class ObservedClient implements InferenceClient {

    private final InferenceClient client;
    private final GenerationMonitor monitor;
    private final Coalescer changed;

    ObservedClient(InferenceClient client, GenerationMonitor monitor, Coalescer changed) {
        this.client = client;
        this.monitor = monitor;
        this.changed = changed;
    }

    @Override
    public ServerIdentity health() {
        return client.health();
    }

    @Override
    public List<ModelInfo> models() {
        return client.models();
    }

    @Override
    public Capabilities capabilities() {
        return client.capabilities();
    }

    @Override
    public Generation generate(GenerationRequest request, GenerationListener listener) {
        long id = monitor.begin(request.model(), prompt(request));
        changed.signal();
        GenerationListener both = event -> {
            switch (event) {
                case GenerationEvent.TextDelta d -> monitor.delta(id, d.text());
                case GenerationEvent.UsageReport u -> monitor.usage(id, u.usage().completionTokens());
                case GenerationEvent.Retrying r -> monitor.retry(id);
                default -> {
                }
            }
            changed.signal();
            listener.on(event);
        };
        Generation generation;
        try {
            generation = client.generate(request, both);
        } catch (RuntimeException refused) {
            monitor.end(id);
            changed.signal();
            throw refused;
        }
        generation.result().whenComplete((r, e) -> {
            monitor.end(id);
            changed.signal();
        });
        return generation;
    }

    @Override
    public void close() {
        client.close();
    }

    /** The last user turn (what the response answers), or the completion prompt. */
    private static String prompt(GenerationRequest request) {
        if (!request.isChat()) {
            return request.prompt();
        }
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return messages.get(messages.size() - 1).content();
    }
}
