package io.indaba.backend.openai;

import mockwebserver3.MockResponse;

/** Test helpers: server answers in the shapes real servers send. */
final class Sse {

    private Sse() {
    }

    static MockResponse stream(String... events) {
        StringBuilder body = new StringBuilder();
        for (String e : events) {
            body.append(e.startsWith(":") ? e + "\n\n" : "data: " + e + "\n\n");
        }
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body.toString()).build();
    }

    static String delta(int index, String text) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":" + index
                + ",\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}";
    }

    static String finish(int index, String reason) {
        return "{\"id\":\"c1\",\"choices\":[{\"index\":" + index + ",\"delta\":{},\"finish_reason\":\"" + reason + "\"}]}";
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse answer(String text) {
        return stream(delta(0, text), finish(0, "stop"), "[DONE]");
    }
}
