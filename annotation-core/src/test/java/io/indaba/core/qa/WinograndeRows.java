package io.indaba.core.qa;

import io.indaba.core.testing.SharedData;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a bilingual Winogrande delivery CSV of the shared data into QA items, as the store will feed them. */
final class WinograndeRows {

    private WinograndeRows() {
    }

    /**
     * Items for each row of {@code file} with header {@code qID,English Sentence,English Option 1,English Option 2,
     * <Language> Sentence,<Language> Option 1,<Language> Option 2,Answer,Split}; {@code language} names the target
     * columns ("Bambara"), {@code lang} is the tag the items get. The one answer column serves source and target.
     */
    static List<QaItem> read(Path file, String language, String lang) {
        List<QaItem> items = new ArrayList<>();
        for (CSVRecord r : SharedData.csv(file, true)) {
            items.add(item(r.get("qID"), lang, r.get("Answer"),
                    r.get("English Sentence"), r.get(language + " Sentence"),
                    r.get("English Option 1"), r.get(language + " Option 1"),
                    r.get("English Option 2"), r.get(language + " Option 2")));
        }
        return items;
    }

    /** Items whose target is the English itself, to test what holds for the source. */
    static List<QaItem> readEnglish(Path file) {
        List<QaItem> items = new ArrayList<>();
        for (CSVRecord r : SharedData.csv(file, true)) {
            items.add(item(r.get("qID"), "en", r.get("Answer"),
                    r.get("English Sentence"), r.get("English Sentence"),
                    r.get("English Option 1"), r.get("English Option 1"),
                    r.get("English Option 2"), r.get("English Option 2")));
        }
        return items;
    }

    private static QaItem item(String id, String lang, String answer, String sentence, String targetSentence,
                               String option1, String targetOption1, String option2, String targetOption2) {
        QaItemKind k = QaItemKind.WINOGRANDE;
        return new QaItem(id, k, lang, answer, answer, List.of(
                new QaSegment(id, k, QaFields.SENTENCE, lang, sentence, targetSentence),
                new QaSegment(id, k, QaFields.option(1), lang, option1, targetOption1),
                new QaSegment(id, k, QaFields.option(2), lang, option2, targetOption2)), List.of());
    }
}
