package io.indaba.core.stats.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Values that coders gave to units, at most one per coder and unit; a missing value is simply absent.
 * Units and coders keep the order in which they were first added, so every result is reproducible.
 *
 * @param <T> the value type: a category label, or a number for ordinal, interval and ratio metrics
 */
public final class RatingTable<T> {

    private final Map<String, Map<String, T>> byUnit;

    private RatingTable(Map<String, Map<String, T>> byUnit) {
        this.byUnit = byUnit;
    }

    /** Starts an empty table. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Reads the layout of the reliability literature: one row per coder, one column per unit, null where the
     * coder gave no value. Units are named "1", "2", ... by column.
     */
    public static <T> RatingTable<T> fromCoderRows(Map<String, List<T>> rows) {
        Builder<T> builder = builder();
        rows.forEach((coder, values) -> {
            for (int unit = 0; unit < values.size(); unit++) {
                if (values.get(unit) != null) {
                    builder.add(String.valueOf(unit + 1), coder, values.get(unit));
                }
            }
        });
        return builder.build();
    }

    /** Unit ids in first-added order. */
    public Set<String> units() {
        return Collections.unmodifiableSet(byUnit.keySet());
    }

    /** The values of one unit by coder; empty for an unknown unit. */
    public Map<String, T> ratingsOf(String unit) {
        return Collections.unmodifiableMap(byUnit.getOrDefault(unit, Map.of()));
    }

    /** Every coder that gave at least one value, in first-seen order. */
    public Set<String> coders() {
        Set<String> coders = new LinkedHashSet<>();
        byUnit.values().forEach(ratings -> coders.addAll(ratings.keySet()));
        return coders;
    }

    /** Every value in the table. */
    public Stream<T> values() {
        return byUnit.values().stream().flatMap(ratings -> ratings.values().stream());
    }

    /** The same table without the values that fail {@code keep}; units left empty disappear. */
    public RatingTable<T> filter(Predicate<? super T> keep) {
        Builder<T> builder = builder();
        byUnit.forEach((unit, ratings) -> ratings.forEach((coder, value) -> {
            if (keep.test(value)) {
                builder.add(unit, coder, value);
            }
        }));
        return builder.build();
    }

    /** The same table with every value converted. */
    public <R> RatingTable<R> map(Function<? super T, ? extends R> convert) {
        Builder<R> builder = builder();
        byUnit.forEach((unit, ratings) ->
                ratings.forEach((coder, value) -> builder.add(unit, coder, convert.apply(value))));
        return builder.build();
    }

    /** Collects values one at a time. */
    public static final class Builder<T> {

        private final Map<String, Map<String, T>> byUnit = new LinkedHashMap<>();

        private Builder() {
        }

        /** Records one value; a second value of the same coder for the same unit is an error, not an overwrite. */
        public Builder<T> add(String unit, String coder, T value) {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(coder, "coder");
            Objects.requireNonNull(value, "value");
            T previous = byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).putIfAbsent(coder, value);
            if (previous != null) {
                throw new IllegalArgumentException("coder " + coder + " already rated unit " + unit);
            }
            return this;
        }

        /** Whether the coder already rated the unit. */
        public boolean contains(String unit, String coder) {
            return byUnit.containsKey(unit) && byUnit.get(unit).containsKey(coder);
        }

        /** Freezes the table. */
        public RatingTable<T> build() {
            Map<String, Map<String, T>> copy = new LinkedHashMap<>();
            byUnit.forEach((unit, ratings) -> copy.put(unit, Collections.unmodifiableMap(new LinkedHashMap<>(ratings))));
            return new RatingTable<>(Collections.unmodifiableMap(copy));
        }
    }
}
