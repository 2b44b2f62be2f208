package io.indaba.core.translate;

import io.indaba.core.base.BadInputException;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.text.StrictText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A machine translation of an MMLU CSV: headerless {@code question,A,B,C,D,answer}, named
 * {@code <subject>_<split>_<lang>.csv}; row n is the item {@code <subject>_<split>#n}.
 */
final class MachineTranslationFile {

    /** The item fields of an MMLU row, in column order. */
    static final List<String> FIELDS = List.of("question", "A", "B", "C", "D");

    private static final Pattern NAME = Pattern.compile("(.+_(?:dev|val|test))_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\.csv",
            Pattern.CASE_INSENSITIVE);

    /** One row: the item's external id, the line it starts on, and the field texts (HTML references decoded). */
    record Row(String externalId, long line, List<String> texts) {
    }

    final String collection;
    final String targetLang;
    final List<Row> rows;

    private MachineTranslationFile(String collection, String targetLang, List<Row> rows) {
        this.collection = collection;
        this.targetLang = targetLang;
        this.rows = rows;
    }

    static MachineTranslationFile read(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new BadInputException(file, 0, "the file name must be <subject>_<split>_<language>.csv, "
                    + "e.g. virology_dev_am.csv");
        }
        String lang;
        try {
            lang = LanguageTags.validate(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, 0, e.getMessage(), e);
        }
        String collection = m.group(1);
        String text = StrictText.read(file);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                long line = StrictText.lineOf(text, record.getCharacterPosition());
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != FIELDS.size() + 1) {
                    throw new BadInputException(file, line, "expected question, A, B, C, D and the answer: found "
                            + record.size() + " columns");
                }
                String answer = record.get(FIELDS.size()).strip().toUpperCase(Locale.ROOT);
                if (!List.of("A", "B", "C", "D").contains(answer)) {
                    throw new BadInputException(file, line, "the answer must be A, B, C or D, not '"
                            + record.get(FIELDS.size()) + "'");
                }
                List<String> texts = new ArrayList<>(FIELDS.size());
                for (int i = 0; i < FIELDS.size(); i++) {
                    texts.add(HtmlEntities.decode(record.get(i)));
                }
                rows.add(new Row(collection + "#" + (rows.size() + 1), line, texts));
            }
        } catch (UncheckedIOException | IOException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new BadInputException(file, 0, "not a valid CSV file: " + why, e);
        }
        return new MachineTranslationFile(collection, lang, rows);
    }
}
