package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roles of a Winogrande CSV header: {@code qID, sentence, option1, option2, answer} (also spelled
 * {@code English Sentence, English Option 1, ...}), an optional {@code Split}, and in a bilingual delivery the
 * target side {@code <Lang> Sentence, <Lang> Option 1, <Lang> Option 2}.
 *
 * @param roles          one role per column: id, sentence, option1, option2, answer, split, t.sentence, t.option1,
 *                       t.option2, or "" for a column Indaba does not read
 * @param targetLanguage the language named by the target columns ("Amharic"), or null
 */
record WinograndeColumns(List<String> roles, String targetLanguage) {

    static final List<String> SOURCE_ROLES = List.of("id", "sentence", "option1", "option2", "answer", "split");
    static final List<String> FIELDS = List.of("sentence", "option1", "option2");

    /** Reads the header row; missing required columns are a {@link BadInputException} on line 1. */
    static WinograndeColumns of(Path file, CsvRow header) {
        List<String> roles = new ArrayList<>();
        String target = null;
        for (String cell : header.values()) {
            String c = cell.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("option ", "option");
            String role = switch (c) {
                case "qid", "id" -> "id";
                case "sentence", "english sentence" -> "sentence";
                case "option1", "english option1" -> "option1";
                case "option2", "english option2" -> "option2";
                case "answer", "label" -> "answer";
                case "split" -> "split";
                default -> "";
            };
            if (role.isEmpty()) {
                for (String f : FIELDS) {
                    if (c.endsWith(" " + f) && c.indexOf(' ') == c.length() - f.length() - 1) {
                        String lang = cell.strip().substring(0, cell.strip().indexOf(' '));
                        if (target != null && !target.equalsIgnoreCase(lang)) {
                            throw new BadInputException(file, header.line(), "columns name two target languages, "
                                    + target + " and " + lang);
                        }
                        target = lang;
                        role = "t." + f;
                    }
                }
            }
            if (!role.isEmpty() && roles.contains(role)) {
                throw new BadInputException(file, header.line(), "column '" + cell + "' appears twice");
            }
            roles.add(role);
        }
        for (String required : List.of("id", "sentence", "option1", "option2", "answer")) {
            if (!roles.contains(required)) {
                throw new BadInputException(file, header.line(), "no '" + required + "' column in the header "
                        + "(expected qID, sentence, option1, option2, answer)");
            }
        }
        if (target != null) {
            for (String f : FIELDS) {
                if (!roles.contains("t." + f)) {
                    throw new BadInputException(file, header.line(), "no '" + target + " " + f + "' column");
                }
            }
        }
        return new WinograndeColumns(List.copyOf(roles), target);
    }

    int index(String role) {
        return roles.indexOf(role);
    }

    boolean bilingual() {
        return targetLanguage != null;
    }

    /** The column numbers of the source side (and of columns Indaba does not read), in file order. */
    int[] sourceColumns() {
        return java.util.stream.IntStream.range(0, roles.size())
                .filter(i -> !roles.get(i).startsWith("t.")).toArray();
    }
}
