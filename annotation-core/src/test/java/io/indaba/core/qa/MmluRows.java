package io.indaba.core.qa;

import io.indaba.core.testing.SharedData;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads headerless MMLU CSVs of the shared data ({@code question,A,B,C,D,answer}) into multiple-choice QA items. */
final class MmluRows {

    private MmluRows() {
    }

    /**
     * Items pairing row i of {@code english} with row i of {@code translated}; when {@code machine} is not null its
     * row i supplies the machine drafts.
     */
    static List<QaItem> read(Path english, Path translated, Path machine, String lang) {
        return read(english, translated, ',', machine, lang);
    }

    /** As {@link #read(Path, Path, Path, String)}, for a translation delimited by {@code delimiter}. */
    static List<QaItem> read(Path english, Path translated, char delimiter, Path machine, String lang) {
        List<CSVRecord> source = SharedData.csv(english, false);
        List<CSVRecord> target = SharedData.csv(translated, false, delimiter);
        List<CSVRecord> drafts = machine == null ? null : SharedData.csv(machine, false);
        if (source.size() != target.size() || (drafts != null && drafts.size() != source.size())) {
            throw new IllegalStateException("row counts differ: " + english + ", " + translated);
        }
        List<QaItem> items = new ArrayList<>();
        QaItemKind k = QaItemKind.MCQ;
        for (int i = 0; i < source.size(); i++) {
            String id = english.getFileName() + "#" + (i + 1);
            List<QaSegment> segments = new ArrayList<>();
            for (int col = 0; col < 5; col++) {
                String field = col == 0 ? QaFields.QUESTION : QaFields.option(col);
                segments.add(new QaSegment(id, k, field, lang, source.get(i).get(col), target.get(i).get(col),
                        drafts == null ? null : drafts.get(i).get(col)));
            }
            items.add(new QaItem(id, k, lang, source.get(i).get(5), target.get(i).get(5), segments, List.of()));
        }
        return items;
    }
}
