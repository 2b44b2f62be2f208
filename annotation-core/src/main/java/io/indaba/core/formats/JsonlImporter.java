package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.BadRow;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.Items;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Generic JSONL items, one object per line. Reserved keys: {@code id}, {@code kind}, {@code answer},
 * {@code collection}, {@code meta}; every other string or number is a field. A mapping ({@code --map field=column})
 * renames columns: {@code id=qID}, {@code answer=label}, {@code question=text}; when it names fields, only those
 * become fields. With {@code --target-lang} the records are translations of the stored items with the same ids.
 */
public final class JsonlImporter implements Importer {

    private static final Set<String> RESERVED = Set.of("id", "kind", "answer", "collection", "meta", "lang");

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "generic JSONL items (one JSON object per line; --map field=column)";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonName = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("{")) {
            return 0;
        }
        // Indaba's own generic export names each item's kind; other JSONL shapes never carry that key.
        String first = text.lines().findFirst().orElse("");
        if (first.matches(".*\"kind\"\s*:\s*\"(mcq|winogrande|prompt|text)\".*")) {
            return 95;
        }
        return jsonName ? 20 : 10;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        String sourceLang = project.settings().sourceLang();
        List<BadRow> skipped = new ArrayList<>();
        String stem = stem(file);
        if (options.targetLang() != null) {
            return importTranslation(project, file, options, sourceLang, stem);
        }
        ImportSummary summary = project.database().write(c -> {
            try (BufferedReader reader = reader(file)) {
                LineItems items = new LineItems(reader, file, stem, sourceLang, options, skipped);
                ImportSummary s = SourceConflicts.importAll(c, file, items, items::lineOf, options, progress);
                EventLog.append(c, options.actor(), "items.imported", "item", null,
                        Map.of("format", id(), "file", file.getFileName().toString(), "added", s.added(),
                                "changed", s.changed(), "unchanged", s.unchanged(), "skipped", skipped.size()));
                return s;
            } catch (IOException e) {
                throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                Throwable cause = e.getCause();
                String why = cause instanceof CharacterCodingException ? "not valid UTF-8" : cause.getMessage();
                throw new BadInputException(file, 0, why, e);
            }
        });
        return new ImportReport(id(), summary, 0, 0, 0, 0, skipped, List.of());
    }

    /** {@code --target-lang}: the records are translations of stored items, attached by id. */
    private ImportReport importTranslation(Project project, Path file, ImportOptions options, String sourceLang,
                                           String stem) {
        TranslationLanguage lang = TranslationLanguage.resolve(file, options.targetLang(), null, null);
        List<BadRow> skipped = new ArrayList<>();
        List<SourceImport.Read> reads = new ArrayList<>();
        try (BufferedReader reader = reader(file)) {
            LineItems items = new LineItems(reader, file, stem, sourceLang, options, skipped);
            while (items.hasNext()) {
                Item item = items.next();
                reads.add(new SourceImport.Read(items.lineOf(item.externalId()), item));
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        BadRows bad = new BadRows(options.skipBadRows());
        ImportReport r = TranslatedItemsImport.run(id(), project, file, lang, reads, options, bad);
        List<BadRow> all = new ArrayList<>(skipped);
        all.addAll(r.skipped());
        return new ImportReport(r.format(), r.items(), r.translations(), 0, 0, 0, all, r.notes());
    }

    private static BufferedReader reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Parses lines lazily inside the import transaction, so a bad line aborts everything before it too. */
    private static final class LineItems implements Iterator<Item> {
        private final BufferedReader reader;
        private final Path file;
        private final String collection;
        private final String sourceLang;
        private final ImportOptions options;
        private final List<BadRow> skipped;
        private final Map<String, Long> lines = new java.util.concurrent.ConcurrentHashMap<>();
        private long lineNo;
        private Item next;

        LineItems(BufferedReader reader, Path file, String collection, String sourceLang, ImportOptions options,
                  List<BadRow> skipped) {
            this.reader = reader;
            this.file = file;
            this.collection = collection;
            this.sourceLang = sourceLang;
            this.options = options;
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                String line;
                try {
                    line = reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (line == null) {
                    return false;
                }
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    next = parse(line);
                } catch (BadInputException e) {
                    if (!options.skipBadRows()) {
                        throw e;
                    }
                    skipped.add(e.asBadRow());
                }
            }
            return true;
        }

        /** The line an id was read from (0 when unknown). */
        long lineOf(String externalId) {
            return lines.getOrDefault(externalId, 0L);
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Item item = next;
            next = null;
            return item;
        }

        private Item parse(String line) {
            JsonNode node = InputJson.read(file, lineNo, line);
            if (!(node instanceof ObjectNode object)) {
                throw new BadInputException(file, lineNo, "expected a JSON object, found " + node.getNodeType());
            }
            Map<String, String> mapping = options.mapping();
            String id = text(object, mapping.getOrDefault("id", object.has("id") ? "id" : "qID"));
            if (id == null || id.isBlank()) {
                id = collection + "#" + lineNo;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean mappedFields = mapping.keySet().stream().anyMatch(k -> !RESERVED.contains(k));
            if (mappedFields) {
                for (Map.Entry<String, String> m : mapping.entrySet()) {
                    if (RESERVED.contains(m.getKey())) {
                        continue;
                    }
                    String value = text(object, m.getValue());
                    if (value == null) {
                        throw new BadInputException(file, lineNo, "column '" + m.getValue() + "' (mapped to field '"
                                + m.getKey() + "') is missing");
                    }
                    fields.put(m.getKey(), value);
                }
            } else {
                Set<String> skip = new java.util.HashSet<>(RESERVED);
                mapping.values().forEach(skip::add);
                skip.add("qID");
                object.fields().forEachRemaining(e -> {
                    if (!skip.contains(e.getKey()) && (e.getValue().isTextual() || e.getValue().isNumber())) {
                        fields.put(e.getKey(), e.getValue().asText());
                    }
                });
            }
            if (fields.isEmpty()) {
                throw new BadInputException(file, lineNo, "no text fields to import");
            }
            String answer = text(object, mapping.getOrDefault("answer", "answer"));
            String kindText = text(object, mapping.getOrDefault("kind", "kind"));
            ItemKind kind;
            try {
                kind = kindText == null ? guessKind(fields) : ItemKind.of(kindText);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, lineNo, e.getMessage());
            }
            String coll = text(object, mapping.getOrDefault("collection", "collection"));
            Map<String, String> meta = new LinkedHashMap<>();
            JsonNode metaNode = object.get("meta");
            if (metaNode != null && metaNode.isObject()) {
                metaNode.fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
            }
            Item item = Item.of(id, kind, sourceLang, coll == null ? collection : coll, (int) lineNo, fields, answer,
                    meta);
            Long earlier = lines.putIfAbsent(id, lineNo);
            if (earlier != null) {
                // The upsert would let the later record silently replace the earlier one.
                throw new BadInputException(file, lineNo, "id '" + id + "' repeats line " + earlier);
            }
            return item;
        }

        private static String text(ObjectNode object, String key) {
            JsonNode v = object.get(key);
            return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
        }
    }

    static ItemKind guessKind(Map<String, String> fields) {
        if (fields.containsKey("sentence") && fields.containsKey("option1")) {
            return ItemKind.WINOGRANDE;
        }
        if (fields.containsKey("question")) {
            return ItemKind.MCQ;
        }
        if (fields.containsKey("prompt")) {
            return ItemKind.PROMPT;
        }
        return ItemKind.TEXT;
    }
}
