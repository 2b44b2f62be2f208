package io.indaba.core.translate;

/**
 * What a glossary import did.
 *
 * @param added      new terms stored
 * @param duplicates terms already in the glossary, left alone
 * @param skipped    term-base entries without a term in both languages of the pair
 */
public record GlossaryImport(int added, int duplicates, int skipped) {
}
