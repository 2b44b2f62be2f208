package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.text.StrictText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Winogrande as CSV with a header {@code qID, sentence, option1, option2, answer[, split]}: English items, or, in a
 * file named {@code ..._<lang>.csv} or given {@code --target-lang}, translations of them.
 */
public final class WinograndeCsvImporter implements Importer {

    @Override
    public String id() {
        return "winogrande-csv";
    }

    @Override
    public String description() {
        return "Winogrande CSV with header qID,sentence,option1,option2,answer[,split] (or English Sentence, ...); "
                + "a _<lang> file name or --target-lang attaches translations";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return 0;
        }
        String first = firstLine(head);
        return first.contains("qid") && first.contains("option1") ? 70 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        return WinograndeCsvImport.run(id(), false, project, file, options, progress);
    }

    /** The first line of the head, lower-cased with spaces between "option" and its number removed. */
    static String firstLine(byte[] head) {
        StrictText.Encoding enc = StrictText.encodingOf(head);
        String text = new String(head, enc.bomLength(), head.length - enc.bomLength(),
                enc.charset() == null ? StandardCharsets.UTF_8 : enc.charset());
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).toLowerCase(Locale.ROOT).replace("option ", "option");
    }
}
