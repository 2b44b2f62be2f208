package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.project.Project;
import io.indaba.core.translate.Glossary;
import io.indaba.core.translate.GlossaryImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A glossary file into the project's glossary for one target language, as the Translate workspace's glossary pane
 * imports it: TBX ({@code tbx}) or delimited text with source, target and an optional note ({@code glossary-csv}).
 */
public final class GlossaryImporter implements Importer {

    private final boolean tbx;

    private GlossaryImporter(boolean tbx) {
        this.tbx = tbx;
    }

    /** TBX (v2 {@code martif} or v3 {@code tbx}) term bases. */
    public static GlossaryImporter tbx() {
        return new GlossaryImporter(true);
    }

    /** CSV, TSV or semicolon-separated: source, target, optional note; a header row is recognised. */
    public static GlossaryImporter csv() {
        return new GlossaryImporter(false);
    }

    @Override
    public String id() {
        return tbx ? "tbx" : "glossary-csv";
    }

    @Override
    public String description() {
        return tbx ? "TBX term base into the glossary of --target-lang"
                : "glossary as CSV/TSV (source, target, optional note) into the glossary of --target-lang";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        if (!tbx) {
            return 0; // a two-column CSV looks like many other things: only with --format
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("<martif") || text.contains("<tbx")) {
            return 90;
        }
        return name.endsWith(".tbx") ? 40 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        String lang = targetLang(project, file, options);
        GlossaryImport result = Glossary.of(project, lang).importFile(file, tbx);
        List<String> notes = new ArrayList<>();
        notes.add(result.added() + " terms added to the " + project.settings().sourceLang() + " → " + lang + " glossary");
        if (result.duplicates() > 0) {
            notes.add(result.duplicates() + " terms were already in the glossary (not added twice)");
        }
        if (result.skipped() > 0) {
            notes.add(result.skipped() + " entries had no term in both languages and were skipped");
        }
        return new ImportReport(id(), new ImportSummary(0, 0, 0), 0, 0, 0, 0, List.of(), notes);
    }

    /** {@code --target-lang}, or the project's only target language. */
    private static String targetLang(Project project, Path file, ImportOptions options) {
        if (options.targetLang() != null) {
            return options.targetLang();
        }
        List<String> targets = project.settings().targetLangs();
        if (targets.size() == 1) {
            return targets.get(0);
        }
        throw new BadInputException(file, 0, "a glossary belongs to one target language; pass --target-lang ("
                + String.join(", ", targets) + ")");
    }
}
