package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.EventLog;
import io.indaba.core.text.StrictText;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translation;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * XLIFF 1.2 and 2.x back from a CAT tool: each unit's targets land as translations (origin imported) on the item
 * the unit id names, one revision per changed field; unchanged segments add nothing. A file Indaba did not write
 * whose units name no item of the project is imported as new items instead ({@link XliffNewItems}).
 */
public final class XliffImporter implements Importer {

    @Override
    public String id() {
        return "xliff";
    }

    @Override
    public String description() {
        return "XLIFF 1.2 or 2.x translated in a CAT tool; targets land on the items the unit ids name (a file Indaba "
                + "did not write: one new text item per unit)";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(head, StrictText.encodingOf(head).charset()).replace("\u0000", "");
        boolean xml = text.contains("<xliff");
        return xml ? 90 : name.endsWith(".xlf") || name.endsWith(".xliff") ? 30 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        List<XliffUnit> units = new ArrayList<>();
        XliffReader.Header header = XliffReader.read(file, units::add);
        if (!header.indaba() && !units.isEmpty() && noneKnown(project, units)) {
            return XliffNewItems.run(id(), project, file, header, units, options, progress);
        }
        String lang = XliffLanguage.resolve(file, header.targetLang(), options, project.settings());
        BadRows bad = new BadRows(options.skipBadRows());
        long[] outdated = {0};
        long saved = project.database().write(c -> {
            long n = 0;
            for (XliffUnit unit : units) {
                try {
                    n += land(c, file, unit, lang, options.actor(), outdated);
                } catch (BadInputException e) {
                    bad.add(e);
                }
            }
            EventLog.append(c, options.actor(), "translations.imported", "item", null, Map.of("format", id(),
                    "file", file.getFileName().toString(), "lang", lang, "saved", n, "xliff", header.version()));
            return n;
        });
        List<String> notes = outdated[0] == 0 ? List.of() : List.of(outdated[0] + " segments were translated from "
                + "a source text that has changed since");
        return new ImportReport(id(), new ImportSummary(0, 0, 0), saved, 0, 0, 0, bad.list(), notes);
    }

    /** Whether no unit names an item of the project: a file Indaba did not write, whose units are new items. */
    private static boolean noneKnown(Project project, List<XliffUnit> units) {
        return project.database().read(c -> {
            for (XliffUnit u : units) {
                if (StoredItems.byExternalId(c, u.externalId()).isPresent()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static long land(Connection c, Path file, XliffUnit unit, String lang, String actor, long[] outdated)
            throws SQLException {
        Item item = StoredItems.byExternalId(c, unit.externalId()).orElseThrow(() -> new BadInputException(file,
                unit.line(), "no item '" + unit.externalId() + "' in the project"));
        List<String> fieldNames = new ArrayList<>(item.fields().keySet());
        Map<String, Translation> current = Translations.forItem(c, item.id(), lang);
        Map<TranslationStatus, Map<String, String>> byStatus = new LinkedHashMap<>();
        for (int i = 0; i < unit.segments().size(); i++) {
            XliffUnit.Segment s = unit.segments().get(i);
            String field = s.field() != null && item.fields().containsKey(s.field()) ? s.field()
                    : s.field() == null && i < fieldNames.size() ? fieldNames.get(i) : null;
            if (field == null) {
                throw new BadInputException(file, unit.line(), "item '" + item.externalId() + "' has no field '"
                        + s.field() + "'");
            }
            if (s.target() == null || s.target().isEmpty()) {
                continue;
            }
            Translation now = current.get(field);
            // A segment exported as "initial" from a rejected or draft translation comes back unchanged: keep it.
            // So does one whose state a CAT tool dropped: no state says nothing about the unchanged text.
            if (now != null && now.text().equals(s.target()) && (!s.stated()
                    || XliffStates.toXliff2(now.status()).equals(XliffStates.toXliff2(s.status())))) {
                continue;
            }
            if (s.source() != null && !s.source().equals(item.field(field))) {
                outdated[0]++;
            }
            byStatus.computeIfAbsent(s.status(), k -> new LinkedHashMap<>()).put(field, s.target());
        }
        long n = 0;
        for (Map.Entry<TranslationStatus, Map<String, String>> e : byStatus.entrySet()) {
            n += ImportedTranslations.save(c, item, lang, e.getValue(), e.getKey(), Origin.IMPORTED, actor,
                    "imported from " + file.getFileName());
        }
        return n;
    }
}
