package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.core.translate.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Generic JSONL, one item per line in the shape {@link JsonlImporter} reads back. With {@code --lang L} each field
 * holds its translation into L (the source where none exists yet) and a {@code status} object says which is which.
 */
public final class JsonlExporter implements Exporter {

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "generic JSONL items (with --lang: translated fields)";
    }

    @Override
    public ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        long[] count = {0};
        String lang = options.lang();
        try {
            AtomicFile.write(options.out(), out -> {
                try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                    g.setRootValueSeparator(null);
                    project.database().read(c -> {
                        project.items().forEach(null, item -> {
                            try {
                                Map<String, Translation> tr = lang == null ? Map.of()
                                        : io.indaba.core.translate.Translations.forItem(c, item.id(), lang);
                                write(g, item, tr, lang);
                                g.writeRaw('\n');
                            } catch (IOException | java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                            if (++count[0] % 4096 == 0) {
                                if (progress.cancelled()) {
                                    throw new io.indaba.core.Cancelled();
                                }
                                progress.update(count[0], -1);
                            }
                        });
                        return null;
                    });
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
        return new ExportReport(id(), List.of(options.out()), count[0], List.of());
    }

    private static void write(JsonGenerator g, Item item, Map<String, Translation> tr, String lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", item.externalId());
        g.writeStringField("kind", item.kind().code());
        if (!item.collection().isEmpty()) {
            g.writeStringField("collection", item.collection());
        }
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            Translation t = tr.get(f.getKey());
            g.writeStringField(f.getKey(), t == null ? f.getValue() : t.text());
        }
        if (item.answer() != null) {
            g.writeStringField("answer", item.answer());
        }
        if (!item.meta().isEmpty()) {
            g.writeObjectField("meta", item.meta());
        }
        if (lang != null) {
            g.writeStringField("lang", lang);
            g.writeObjectFieldStart("status");
            for (String field : item.fields().keySet()) {
                Translation t = tr.get(field);
                g.writeStringField(field, t == null ? "untranslated" : t.status().code());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
