package io.indaba.app.translate;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.text.Nfc;
import io.indaba.core.translate.LanguageTranslations;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Translations;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search and replace over every translation into one language, streamed from SQLite: counting what would change
 * (the preview) and applying it as revisions of origin human in one transaction, so a cancel keeps nothing.
 *
 * @param lang        the target language
 * @param find        what to find, literal unless {@code regex}
 * @param replacement what to put instead ({@code $1} groups when {@code regex})
 * @param regex       whether {@code find} is a regular expression
 */
public record ReplacePlan(String lang, String find, String replacement, boolean regex) {

    /** What a preview or a run found: matches in how many translations. */
    public record Count(long matches, long translations) {
    }

    /** The compiled search; throws {@link java.util.regex.PatternSyntaxException} on a bad regex. */
    public Pattern pattern() {
        return Pattern.compile(regex ? find : Pattern.quote(find));
    }

    /** Counts the matches without writing anything. */
    public Count preview(Project project, Progress progress) {
        Pattern pattern = pattern();
        long[] n = new long[2];
        LanguageTranslations.read(project.database(), lang, row -> {
            long found = pattern.matcher(row.body()).results().count();
            if (found > 0) {
                n[0] += found;
                n[1]++;
            }
        }, progress);
        return new Count(n[0], n[1]);
    }

    /** Replaces in every matching translation (status kept) and returns what was changed. */
    public Count apply(Project project, String author, Progress progress) {
        Pattern pattern = pattern();
        String note = "replace " + find + " → " + replacement;
        long[] n = new long[2];
        LanguageTranslations.rewrite(project.database(), lang, row -> {
            Matcher m = pattern.matcher(row.body());
            long found = m.results().count();
            if (found == 0) {
                return Optional.empty();
            }
            String replaced = regex ? m.replaceAll(replacement) : m.replaceAll(Matcher.quoteReplacement(replacement));
            replaced = Nfc.normalize(replaced);
            if (replaced.equals(row.body())) {
                return Optional.empty();
            }
            n[0] += found;
            n[1]++;
            return Optional.of(new Translations.Change(row.itemId(), row.field(), lang, replaced, row.status(),
                    Origin.HUMAN, author, row.sourceHash(), note));
        }, progress);
        return new Count(n[0], n[1]);
    }
}
