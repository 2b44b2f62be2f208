/**
 * Unicode text helpers for checks and editors: grapheme clusters, NFC, scripts, words and numbers, built on ICU4J;
 * and {@link io.indaba.core.text.StrictText}, the one strict decoder of user text files.
 */
package io.indaba.core.text;
