package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An XLIFF file Indaba did not write (a vendor's file, another tool's project): one {@code text} item per unit in
 * the collection its file's {@code original} names, sources as fields, targets as imported translations with their
 * states, notes in the item's metadata. Items and translations are stored in one transaction.
 */
final class XliffNewItems {

    private XliffNewItems() {
    }

    static ImportReport run(String format, Project project, Path file, XliffReader.Header header,
                            List<XliffUnit> units, ImportOptions options, Progress progress) {
        BadRows bad = new BadRows(options.skipBadRows());
        Set<String> originals = new LinkedHashSet<>();
        units.forEach(u -> originals.add(collection(file, u)));
        boolean prefix = originals.size() > 1; // unit ids are unique per file only
        boolean targets = units.stream().anyMatch(u -> u.segments().stream().anyMatch(s -> hasText(s.target())));
        String lang = targets ? XliffLanguage.resolve(file, header.targetLang(), options, project.settings()) : null;
        String sourceLang = project.settings().sourceLang();
        Map<String, Integer> positions = new HashMap<>();
        List<SourceImport.Read> reads = new ArrayList<>();
        Map<String, XliffUnit> byId = new LinkedHashMap<>();
        for (XliffUnit u : units) {
            try {
                String collection = collection(file, u);
                String id = prefix ? collection + "#" + u.unitId() : u.unitId();
                Map<String, String> fields = fields(file, u);
                Map<String, String> meta = u.notes().isEmpty() ? Map.of() : Map.of("note", String.join("\n", u.notes()));
                int position = positions.merge(collection, 1, Integer::sum);
                reads.add(new SourceImport.Read(u.line(), Item.of(id, ItemKind.TEXT, sourceLang, collection, position,
                        fields, null, meta)));
                byId.putIfAbsent(id, u);
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        SourceImport.Stored stored = SourceImport.store(project, file, format, reads, options, bad, progress, c -> {
            long saved = 0;
            if (lang == null) {
                return saved;
            }
            for (Map.Entry<String, XliffUnit> e : byId.entrySet()) {
                Item item = StoredItems.byExternalId(c, e.getKey()).orElse(null);
                if (item == null) {
                    continue; // skipped as a bad row
                }
                Map<TranslationStatus, Map<String, String>> byStatus = new LinkedHashMap<>();
                List<String> names = new ArrayList<>(fields(file, e.getValue()).keySet());
                List<XliffUnit.Segment> segments = e.getValue().segments();
                for (int i = 0; i < segments.size(); i++) {
                    if (hasText(segments.get(i).target())) {
                        byStatus.computeIfAbsent(segments.get(i).status(), k -> new LinkedHashMap<>())
                                .put(names.get(i), segments.get(i).target());
                    }
                }
                for (Map.Entry<TranslationStatus, Map<String, String>> s : byStatus.entrySet()) {
                    saved += ImportedTranslations.save(c, item, lang, s.getValue(), s.getKey(), Origin.IMPORTED,
                            options.actor(), "imported from " + file.getFileName());
                }
            }
            return saved;
        });
        List<String> notes = List.of("a file Indaba did not write: its " + reads.size() + " units were imported as "
                + "new text items in " + String.join(", ", originals));
        return new ImportReport(format, stored.items(), stored.translations(), 0, 0, 0, bad.list(), notes);
    }

    private static String collection(Path file, XliffUnit u) {
        if (u.original() != null && !u.original().isBlank()) {
            return u.original().strip();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** One field per segment: {@code text} for a single segment, else the segment ids (or s1, s2, ...). */
    private static Map<String, String> fields(Path file, XliffUnit u) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<XliffUnit.Segment> segments = u.segments();
        for (int i = 0; i < segments.size(); i++) {
            XliffUnit.Segment s = segments.get(i);
            if (s.source() == null) {
                throw new BadInputException(file, u.line(), "unit '" + u.unitId() + "' has a segment without source");
            }
            String name = segments.size() == 1 ? "text" : s.field() != null && !s.field().isBlank()
                    && !fields.containsKey(s.field()) ? s.field() : "s" + (i + 1);
            fields.put(name, s.source());
        }
        if (fields.isEmpty()) {
            throw new BadInputException(file, u.line(), "unit '" + u.unitId() + "' has no source text");
        }
        return fields;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isEmpty();
    }
}
