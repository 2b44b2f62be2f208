package io.indaba.core.translate;

/** A glossary entry: a source term, its agreed translation and an optional note for the translator. */
public record GlossaryTerm(long id, String sourceLang, String targetLang, String source, String target, String note) {
}
