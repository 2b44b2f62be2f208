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
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a glossary as {@code source<TAB>target<TAB>note} (or comma / semicolon separated), header optional. */
final class GlossaryCsv {

    private static final Set<String> HEADER_WORDS = Set.of("source", "target", "source term", "target term", "term",
            "translation", "note", "notes", "comment", "definition", "description");

    private GlossaryCsv() {
    }

    static List<GlossaryRow> read(Path file, LanguagePair pair) {
        String text = StrictText.read(file);
        char delimiter = delimiter(file, text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<GlossaryRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                long line = StrictText.lineOf(text, record.getCharacterPosition());
                if (first && isHeader(record, pair)) {
                    first = false;
                    continue;
                }
                first = false;
                GlossaryRow row = row(file, line, record);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            // commons-csv reports a broken quote as an I/O error naming its own line count.
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new BadInputException(file, 0, "not a valid delimited file: " + why, e);
        }
        return rows;
    }

    private static GlossaryRow row(Path file, long line, CSVRecord record) {
        List<String> cells = new ArrayList<>();
        record.forEach(c -> cells.add(c.strip()));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            return null;
        }
        if (cells.size() > 3) {
            throw new BadInputException(file, line, "expected source, target and an optional note, found "
                    + cells.size() + " columns");
        }
        if (cells.size() < 2 || cells.get(1).isEmpty()) {
            throw new BadInputException(file, line, "no target term for '" + cells.get(0) + "'");
        }
        if (cells.get(0).isEmpty()) {
            throw new BadInputException(file, line, "no source term for '" + cells.get(1) + "'");
        }
        return new GlossaryRow(line, cells.get(0), cells.get(1), cells.size() == 3 ? cells.get(2) : null);
    }

    private static char delimiter(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return '\t';
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        if (firstLine.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** A first row naming its columns ("source", "target", or the languages) rather than holding a term. */
    private static boolean isHeader(CSVRecord record, LanguagePair pair) {
        if (record.size() < 2) {
            return false;
        }
        return names(record.get(0), pair.source()) && names(record.get(1), pair.target());
    }

    private static boolean names(String cell, String tag) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return HEADER_WORDS.contains(c) || LanguagePair.sameLanguage(tag, c.isEmpty() ? "-" : c.replace(' ', '-'))
                || c.equals(LanguageTags.displayName(tag).toLowerCase(Locale.ROOT));
    }
}
