package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;

/**
 * The language an XLIFF file's targets are stored under. The file's own target language and {@code --target-lang}
 * must agree, and a language the project does not translate into must be named on purpose: a mislabelled file
 * would otherwise overwrite another language's translations or start a language nobody asked for.
 */
final class XliffLanguage {

    private XliffLanguage() {
    }

    static String resolve(Path file, String fileLang, ImportOptions options, ProjectSettings settings) {
        String named = fileLang == null ? null : validate(file, fileLang);
        String asked = options.targetLang() == null ? null : validate(file, options.targetLang());
        if (named == null && asked == null) {
            throw new BadInputException(file, 1, "the file names no target language; pass --target-lang");
        }
        if (named != null && asked != null && !same(named, asked) && !options.relabelLang()) {
            throw new BadInputException(file, 1, "the file's target language is " + named + " but --target-lang is "
                    + asked + "; pass --relabel-lang to store it as " + asked + " anyway");
        }
        String lang = asked != null ? asked : named;
        if (asked == null && settings.targetLangs().stream()
                .noneMatch(t -> same(t, lang) || same(t, TranslationLanguage.fileSuffix(lang)))) {
            throw new BadInputException(file, 1, "the file's target language " + lang + " is not one of this "
                    + "project's (" + String.join(", ", settings.targetLangs()) + "); pass --target-lang " + lang
                    + " to import it anyway");
        }
        return lang;
    }

    private static boolean same(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private static String validate(Path file, String tag) {
        try {
            return LanguageTags.validate(tag);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, 1, e.getMessage());
        }
    }
}
