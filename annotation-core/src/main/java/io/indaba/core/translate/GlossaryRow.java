package io.indaba.core.translate;

/** One parsed glossary pair with the line it came from, before it is stored. */
record GlossaryRow(long line, String source, String target, String note) {
}
