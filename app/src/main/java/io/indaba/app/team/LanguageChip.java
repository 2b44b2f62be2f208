package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.base.LanguageTags;

/** A language an annotator reads, as a tag chip shows it: "am · Amharic · native", its name from ICU. */
public record LanguageChip(String tag, String name, Proficiency proficiency) {

    public static LanguageChip of(String tag, Proficiency proficiency) {
        return new LanguageChip(tag, LanguageTags.displayName(tag), proficiency);
    }

    /** The chip's text. */
    public String text() {
        return tag + " · " + name + " · " + proficiencyLabel(proficiency);
    }

    /** The proficiency in the user's words. */
    public static String proficiencyLabel(Proficiency proficiency) {
        // literal keys, so the unused-key check sees each one
        return switch (proficiency) {
            case NATIVE -> Messages.get("team.proficiency.native");
            case FLUENT -> Messages.get("team.proficiency.fluent");
            case WORKING -> Messages.get("team.proficiency.working");
            case BASIC -> Messages.get("team.proficiency.basic");
        };
    }
}
