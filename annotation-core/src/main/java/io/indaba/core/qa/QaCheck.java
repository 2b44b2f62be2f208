package io.indaba.core.qa;

import java.util.List;

/**
 * One quality check. Implementations are stateless and thread-safe, must not throw on any text (lone surrogates
 * included) and return an empty list when they have nothing to say.
 */
public interface QaCheck {

    /** The stable id findings carry and policies name, such as {@code blank-count}. */
    String id();

    /** One line for the settings screen saying what the check looks for. */
    String description();

    /** The findings for {@code item}, judged by the rules of its target language. */
    List<QaFinding> check(QaItem item, LanguageRules rules);
}
