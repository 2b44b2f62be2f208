package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bilingual delivery {@code qID,English Sentence,English Option 1,English Option 2,<Lang> Sentence,
 * <Lang> Option 1,<Lang> Option 2,Answer,Split}: English items plus their imported translations. The language comes
 * from {@code --lang}, the file name ({@code winogrande_am.csv}) or the header. A file in a {@code *_bt} folder
 * holds back-translations into English and is kept as {@code en-x-bt-<lang>}.
 */
public final class BilingualCsvImporter implements Importer {

    @Override
    public String id() {
        return "bilingual-csv";
    }

    @Override
    public String description() {
        return "bilingual Winogrande CSV (qID, English and <Lang> sentence and options, Answer, Split)";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return 0;
        }
        String first = WinograndeCsvImporter.firstLine(head);
        long sentences = first.split("sentence", -1).length - 1;
        return first.contains("qid") && sentences >= 2 ? 80 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        return WinograndeCsvImport.run(id(), true, project, file, options, progress);
    }
}
