package io.indaba.core.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.indaba.core.store.Json;
import java.io.PrintWriter;

/** Writes command results as pretty JSON. */
final class JsonOut {
    private JsonOut() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print result as JSON", e);
        }
    }
}
