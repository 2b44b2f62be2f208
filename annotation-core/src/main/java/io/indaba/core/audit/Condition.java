package io.indaba.core.audit;

import java.util.List;

/**
 * One test of a rule on one field's counted answers: {@code all} (every answer holds one of the values), {@code
 * none} (no answer does), {@code at-least} ({@code k} answers or more do) or {@code majority} (more than half do;
 * an exact half follows {@code tie}: true or false). With no answers the test is false.
 */
public record Condition(String field, String test, List<String> values, int k, boolean tie) {

    public Condition {
        values = List.copyOf(values);
        if (!List.of("all", "none", "at-least", "majority").contains(test)) {
            throw new IllegalArgumentException("rule test '" + test + "': all, none, at-least or majority");
        }
        if ("at-least".equals(test) && k < 1) {
            throw new IllegalArgumentException("an at-least test needs k of 1 or more");
        }
    }

    /** Whether the answers pass this test. */
    public boolean holds(List<List<String>> answers) {
        int n = answers.size();
        if (n == 0) {
            return false;
        }
        long matching = answers.stream().filter(a -> a.stream().anyMatch(values::contains)).count();
        return switch (test) {
            case "all" -> matching == n;
            case "none" -> matching == 0;
            case "at-least" -> matching >= k;
            default -> 2 * matching == n ? tie : 2 * matching > n;
        };
    }
}
