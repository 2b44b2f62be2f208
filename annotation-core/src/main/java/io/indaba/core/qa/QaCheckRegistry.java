package io.indaba.core.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The list of available checks, in the order they run; plugins add theirs with {@link #with}. */
public final class QaCheckRegistry {

    private final Map<String, QaCheck> checks;

    private QaCheckRegistry(Map<String, QaCheck> checks) {
        this.checks = Collections.unmodifiableMap(checks);
    }

    /** Every built-in check. */
    public static QaCheckRegistry standard() {
        return of(List.of(
                new EmptyCheck(),
                new BlankCountCheck(),
                new AnswerChangedCheck(),
                new OptionCountCheck(),
                new IdenticalOptionsCheck(),
                new OptionNotInSentenceCheck(),
                new NumbersCheck(),
                new NotNfcCheck(),
                new InvisibleCharCheck(),
                new MixedScriptCheck(),
                new SameAsSourceCheck(),
                new MtSimilarityCheck(),
                new LengthRatioCheck(),
                new PunctuationCheck(),
                new GlossaryCheck()));
    }

    /**
     * A registry of exactly {@code checks}.
     *
     * @throws IllegalArgumentException when two checks share an id
     */
    public static QaCheckRegistry of(List<? extends QaCheck> checks) {
        Map<String, QaCheck> byId = new LinkedHashMap<>();
        for (QaCheck check : checks) {
            if (byId.putIfAbsent(check.id(), check) != null) {
                throw new IllegalArgumentException("two checks with id " + check.id());
            }
        }
        return new QaCheckRegistry(byId);
    }

    /** This registry plus {@code extra}, which runs last. */
    public QaCheckRegistry with(QaCheck extra) {
        List<QaCheck> all = new ArrayList<>(checks.values());
        all.add(extra);
        return of(all);
    }

    /** All checks in running order. */
    public List<QaCheck> all() {
        return List.copyOf(checks.values());
    }

    /** The ids of all checks in running order. */
    public List<String> ids() {
        return List.copyOf(checks.keySet());
    }

    /** The check with {@code id}, if registered. */
    public Optional<QaCheck> byId(String id) {
        return Optional.ofNullable(checks.get(id));
    }
}
