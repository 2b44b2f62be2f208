package io.indaba.core.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A vLLM-shaped server for tests: it answers "[model] prompt #seed", streamed in two chunks plus a usage chunk,
 * and can be told to refuse every chat request after the first {@code healthyRequests}.
 */
public final class FakeOpenAiServer extends Dispatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger chats = new AtomicInteger();
    private volatile int healthyRequests = Integer.MAX_VALUE;
    private volatile Function<JsonNode, String> answer = FakeOpenAiServer::echo;
    private volatile String finishReason = "stop";
    private volatile String lastAuthorization;

    /** Every chat request after the first {@code n} gets a 400, as a server would for a request it cannot take. */
    public FakeOpenAiServer failAfter(int n) {
        healthyRequests = n;
        return this;
    }

    public FakeOpenAiServer answering(Function<JsonNode, String> text, String finish) {
        answer = text;
        finishReason = finish;
        return this;
    }

    public int chatRequests() {
        return chats.get();
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    static String echo(JsonNode body) {
        JsonNode messages = body.get("messages");
        return "[" + body.get("model").asText() + "] " + messages.get(messages.size() - 1).get("content").asText()
                + " #" + body.get("seed").asLong();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        lastAuthorization = request.getHeaders().get("Authorization");
        String path = request.getUrl().encodedPath();
        if (path.equals("/v1/models")) {
            return json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"owned_by\":\"vllm\"},"
                    + "{\"id\":\"b\",\"owned_by\":\"vllm\",\"max_model_len\":8192}]}");
        }
        if (path.equals("/version")) {
            return json(200, "{\"version\":\"0.10.1\"}");
        }
        if (!path.equals("/v1/chat/completions")) {
            return json(404, "{\"detail\":\"Not Found\"}");
        }
        if (chats.incrementAndGet() > healthyRequests) {
            return json(400, "{\"error\":{\"message\":\"refused for the test\",\"type\":\"BadRequestError\"}}");
        }
        try {
            JsonNode body = JSON.readTree(request.getBody().utf8());
            String text = answer.apply(body);
            int half = text.length() / 2;
            String events = "data: " + chunk(text.substring(0, half), null) + "\n\n"
                    + ": ping\n\n"
                    + "data: " + chunk(text.substring(half), finishReason) + "\n\n"
                    + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7}}\n\n"
                    + "data: [DONE]\n\n";
            return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(events).build();
        } catch (IOException e) {
            return json(400, "{\"error\":\"bad json\"}");
        }
    }

    private static String chunk(String text, String finish) {
        var node = JSON.createObjectNode();
        var choice = node.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta").put("content", text);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return node.toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
