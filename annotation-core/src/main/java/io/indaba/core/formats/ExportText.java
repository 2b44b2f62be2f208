package io.indaba.core.formats;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Translation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text an export writes for an item: its source fields, or with a language its translations, falling back to
 * the source (and counting the fallbacks, so the report can say so) where a field is not translated yet.
 */
final class ExportText {

    private final Project project;
    private final String lang;
    private final Progress progress;
    private long missing;
    private long records;

    ExportText(Project project, String lang, Progress progress) {
        this.project = project;
        this.lang = lang;
        this.progress = progress;
    }

    /** The field texts of {@code item} in the export language; also counts the record and honours cancel. */
    Map<String, String> fields(Item item) {
        if (++records % 1024 == 0) {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            progress.update(records, -1);
        }
        if (lang == null) {
            return item.fields();
        }
        Map<String, Translation> tr = project.translations().forItem(item.id(), lang);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            Translation t = tr.get(f.getKey());
            if (t == null) {
                missing++;
                out.put(f.getKey(), f.getValue());
            } else {
                out.put(f.getKey(), t.text());
            }
        }
        return out;
    }

    long records() {
        return records;
    }

    /** Report notes: how many fields had no translation. */
    java.util.List<String> notes() {
        return missing == 0 ? java.util.List.of()
                : java.util.List.of(missing + " fields have no " + lang + " translation yet; the source text was written");
    }
}
