package io.indaba.core.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The project's rules that turn audits into labels per item, at one version (0: the default, not yet saved). */
public record RuleSet(int version, List<Rule> rules) {

    /** Labels the subset exports name. */
    public static final List<String> SUBSETS =
            List.of("culturally-sensitive", "culturally-agnostic", "appropriate", "adapted");

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /**
     * The default: appropriate only if every reviewer chose typical and none judged the translation wrong; CS if at
     * least one reviewer marked cultural, regional or dialect knowledge, CA if none did; adapted if any reviewer
     * asked to localise or rewrite.
     */
    public static RuleSet defaults() {
        List<String> cultural = List.of("cultural", "regional", "dialect");
        return new RuleSet(0, List.of(
                new Rule("appropriate", List.of(new Condition("appropriateness", "all", List.of("typical"), 0, false),
                        new Condition("translation_quality", "none", List.of("wrong"), 0, false))),
                new Rule("culturally-sensitive", List.of(new Condition("knowledge", "at-least", cultural, 1, false))),
                new Rule("culturally-agnostic", List.of(new Condition("knowledge", "none", cultural, 0, false))),
                new Rule("adapted", List.of(new Condition("adaptation", "at-least",
                        List.of("localise-names", "localise-units", "rewrite"), 1, false)))));
    }

    /** The labels one audited item carries. */
    public Set<String> labels(AuditBook book, long itemId) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules) {
            if (r.when().stream().allMatch(c -> c.holds(book.counted(itemId, c.field())))) {
                out.add(r.label());
            }
        }
        return out;
    }

    /** The same rules at another version. */
    public RuleSet atVersion(int newVersion) {
        return new RuleSet(newVersion, rules);
    }
}
