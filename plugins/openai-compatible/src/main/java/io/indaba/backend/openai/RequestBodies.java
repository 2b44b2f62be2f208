package io.indaba.backend.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.Sampling;

/** The JSON body of a chat or completions request, with every sampling parameter written out. */
final class RequestBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBodies() {
    }

    static String of(GenerationRequest request, Sampling sampling) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", request.model());
        if (request.isChat()) {
            ArrayNode messages = body.putArray("messages");
            for (ChatMessage m : request.messages()) {
                messages.addObject().put("role", m.role()).put("content", m.content());
            }
        } else {
            body.put("prompt", request.prompt());
        }
        body.put("stream", true);
        // usage comes in a last chunk with empty choices; servers without the option ignore it
        body.putObject("stream_options").put("include_usage", true);
        body.put("temperature", sampling.temperature());
        body.put("top_p", sampling.topP());
        if (sampling.topK() > 0) {
            body.put("top_k", sampling.topK()); // not in OpenAI's own API; vLLM, SGLang and llama.cpp take it
        }
        body.put("max_tokens", sampling.maxTokens());
        ArrayNode stop = body.putArray("stop");
        sampling.stop().forEach(stop::add);
        body.put("seed", sampling.seed());
        body.put("n", sampling.n());
        // server-specific extras (vLLM's repetition_penalty, min_p, ...) go in as given, never over ours
        request.options().forEach((k, v) -> {
            if (!body.has(k)) {
                body.putPOJO(k, v);
            }
        });
        return body.toString();
    }
}
