package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an MMLU file name {@code <subject>_<split>[_<lang>].csv}, e.g. {@code virology_dev_am.csv}.
 *
 * @param lang the language suffix as written, or null for an English file
 */
record MmluFileName(String subject, String split, String lang) {

    static final List<String> SPLITS = List.of("dev", "val", "test");

    /** Parses the name or explains what was expected. */
    static MmluFileName parse(Path file) {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        List<String> parts = Arrays.asList(stem.split("_"));
        int split = -1;
        for (int i = parts.size() - 1; i >= 1; i--) {
            if (SPLITS.contains(parts.get(i))) {
                split = i;
                break;
            }
        }
        if (split < 1 || parts.size() - split > 3) {
            throw new BadInputException(file, 0, "cannot tell subject and split from the file name; expected "
                    + "<subject>_<split>[_<lang>].csv with split dev, val or test (e.g. virology_dev_am.csv)");
        }
        String subject = String.join("_", parts.subList(0, split));
        String lang = split == parts.size() - 1 ? null : String.join("-", parts.subList(split + 1, parts.size()));
        return new MmluFileName(subject, parts.get(split), lang);
    }

    /** The collection (and id prefix) of the English items: {@code <subject>_<split>}. */
    String collection() {
        return subject + "_" + split;
    }

    static String externalId(String collection, int row) {
        return collection + "#" + row;
    }
}
