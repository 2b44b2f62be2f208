package io.indaba.core.translate;

/**
 * A glossary term found in a source segment, at UTF-16 offsets {@code [start, end)} of that segment's text, always
 * on grapheme boundaries, so the editor can highlight it and insert {@code term.target()}.
 */
public record GlossaryHit(GlossaryTerm term, int start, int end) {
}
