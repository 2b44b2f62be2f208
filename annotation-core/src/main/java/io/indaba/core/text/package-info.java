/**
 * Unicode text helpers for checks and editors: grapheme clusters, NFC, scripts, words and numbers, built on ICU4J.
 */
package io.indaba.core.text;
