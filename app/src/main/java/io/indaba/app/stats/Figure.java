package io.indaba.app.stats;

/**
 * One agreement figure as the dashboard shows it.
 *
 * @param id    stable id for the view and tests ("alpha-nominal")
 * @param label what it measures, in the user's words
 * @param text  the value formatted, or a dash when it is undefined
 * @param value the value, null when undefined
 */
public record Figure(String id, String label, String text, Double value) {
}
