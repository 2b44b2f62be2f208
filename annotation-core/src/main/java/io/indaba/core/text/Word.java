package io.indaba.core.text;

/** A word of a text: its char offsets {@code [start, end)} and its characters. */
public record Word(int start, int end, String text) {
}
