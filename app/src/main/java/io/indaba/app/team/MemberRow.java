package io.indaba.app.team;

import io.indaba.core.prefer.Annotator;
import java.util.List;

/** One annotator in the team table: profile, languages, judgements submitted, gold score and assignments. */
public record MemberRow(Annotator annotator, List<LanguageChip> languages, long judgements, String goldScore,
                        String goldDetail, long assignments) {

    public MemberRow {
        languages = List.copyOf(languages);
    }

    public String id() {
        return annotator.id();
    }

    /** The display name, or empty when the profile has none. */
    public String name() {
        return annotator.displayName() == null ? "" : annotator.displayName();
    }

    @Override
    public String toString() {
        return name().isEmpty() ? id() : id() + " (" + name() + ")";
    }
}
