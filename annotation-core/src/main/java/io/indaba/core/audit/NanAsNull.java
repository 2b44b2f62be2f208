package io.indaba.core.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/** Writes an undefined statistic (NaN) as JSON null, as the other stats reports do, so any JSON reader accepts it. */
final class NanAsNull extends JsonSerializer<Double> {

    @Override
    public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
