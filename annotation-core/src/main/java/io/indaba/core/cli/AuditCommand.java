package io.indaba.core.cli;

import io.indaba.core.audit.AuditBook;
import io.indaba.core.audit.AuditDecision;
import io.indaba.core.audit.AuditDecisions;
import io.indaba.core.audit.FieldDisagreement;
import io.indaba.core.audit.Rule;
import io.indaba.core.audit.RuleSet;
import io.indaba.core.audit.RuleSets;
import io.indaba.core.audit.Taxonomies;
import io.indaba.core.audit.Taxonomy;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba audit}: the cultural audit's disagreements, decisions, derived labels, taxonomy and rules. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The cultural audit: list disagreements, decide them, show the labels the rules derive, "
                + "read or replace the taxonomy and the rules (each change is a new version), and assign queues.",
        subcommands = {AuditCommand.Disagreements.class, AuditCommand.Decide.class, AuditCommand.Labels.class,
                AuditCommand.TaxonomyCommand.class, AuditCommand.RulesCommand.class, AuditQueuesCommand.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code indaba audit disagreements}: fields on which reviewers answered differently, with votes and notes. */
    @Command(name = "disagreements", mixinStandardHelpOptions = true,
            description = "Fields of items on which the reviewers of --lang answered differently, every vote and note, "
                    + "and the decision if one was made.")
    static final class Disagreements implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectOption project;
        @Option(names = "--lang", required = true, converter = LanguageTagOption.class, paramLabel = "TAG")
        String lang;

        @Override
        public Integer call() {
            try (Project p = project.openReadOnly()) {
                List<FieldDisagreement> list = new AuditDecisions(p.database()).disagreements(lang);
                PrintWriter out = spec.commandLine().getOut();
                if (project.json) {
                    JsonOut.print(out, list);
                    return 0;
                }
                out.printf("%d disagreements in %s%n", list.size(), lang);
                for (FieldDisagreement d : list) {
                    out.printf("%s  %s: %s%s%n", d.externalId(), d.field(), d.votes(), d.decision() == null ? ""
                            : "  decided " + d.decision().answer() + " by " + d.decision().adjudicatorId());
                    d.notes().forEach((r, n) -> out.printf("    %s: %s%n", r, n));
                }
            }
            return 0;
        }
    }

    /** {@code indaba audit decide}: stores an adjudicator's answer to one field, with a reason. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Decide one field of one item in --lang: a record of its own with a reason; the reviewers' "
                    + "audits are never changed.")
    static final class Decide implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectOption project;
        @Option(names = "--lang", required = true, converter = LanguageTagOption.class, paramLabel = "TAG")
        String lang;
        @Option(names = "--item", required = true, paramLabel = "ID", description = "the item's external id")
        String item;
        @Option(names = "--field", required = true, paramLabel = "KEY")
        String field;
        @Option(names = "--value", required = true, paramLabel = "V[,V...]", split = ",",
                description = "the decided value (several for a multiple-choice field)")
        List<String> values;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Item it = p.items().byExternalId(item).orElseThrow(() ->
                        new IllegalArgumentException(p.file() + " has no item " + item));
                AuditDecision d = new AuditDecisions(p.database()).decide(it.id(), lang, field,
                        values, reason, project.actor());
                PrintWriter out = spec.commandLine().getOut();
                if (project.json) {
                    JsonOut.print(out, d);
                } else {
                    out.printf("decided %s %s %s = %s (guideline version %d)%n", item, lang, field, d.answer(),
                            d.guidelineVersion());
                }
            }
            return 0;
        }
    }

    /** {@code indaba audit labels}: the labels the current rules derive for each audited item. */
    @Command(name = "labels", mixinStandardHelpOptions = true,
            description = "The labels (culturally-sensitive, culturally-agnostic, appropriate, adapted, ...) that the "
                    + "current rule set derives for each audited item in --lang.")
    static final class Labels implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectOption project;
        @Option(names = "--lang", required = true, converter = LanguageTagOption.class, paramLabel = "TAG")
        String lang;

        @Override
        public Integer call() {
            try (Project p = project.openReadOnly()) {
                RuleSet rules = new RuleSets(p.database()).current();
                AuditBook book = AuditBook.read(p.database(), lang);
                Map<String, List<String>> labels = new LinkedHashMap<>();
                for (long id : book.items()) {
                    String external = p.items().byId(id).map(Item::externalId).orElse(Long.toString(id));
                    labels.put(external, new ArrayList<>(rules.labels(book, id)));
                }
                PrintWriter out = spec.commandLine().getOut();
                if (project.json) {
                    JsonOut.print(out, Map.of("ruleVersion", rules.version(), "labels", labels));
                } else {
                    out.printf("rule set version %d%s%n", rules.version(), rules.version() == 0 ? " (the default)" : "");
                    labels.forEach((id, l) -> out.printf("%-30s %s%n", id, String.join(", ", l)));
                }
            }
            return 0;
        }
    }

    /** {@code indaba audit taxonomy}: prints the current taxonomy, or saves a new version from a JSON file. */
    @Command(name = "taxonomy", mixinStandardHelpOptions = true,
            description = "Print the current audit taxonomy as JSON (the field list), or save --set FILE (the same "
                    + "shape) as the next guideline version.")
    static final class TaxonomyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectOption project;
        @Option(names = "--set", paramLabel = "FILE", description = "a JSON list of fields: key, label, type "
                + "(single, multiple, ordinal, text, region, country), values, abstentions and optional valueLabels "
                + "(value id to the words reviewers see)")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (file == null) {
                try (Project p = project.openReadOnly()) {
                    Taxonomy t = new Taxonomies(p.database()).current();
                    JsonOut.print(out, Map.of("version", t.version(), "fields", t.fields()));
                }
                return 0;
            }
            io.indaba.core.audit.Field[] fields = Json.MAPPER.readValue(Files.readString(file),
                    io.indaba.core.audit.Field[].class);
            try (Project p = project.open()) {
                Taxonomy saved = new Taxonomies(p.database()).save(new Taxonomy(0, Arrays.asList(fields)), project.actor());
                out.printf("audit guideline version %d: %d fields%n", saved.version(), saved.fields().size());
            }
            return 0;
        }
    }

    /** {@code indaba audit rules}: prints the current rule set, or saves a new version from a JSON file. */
    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Print the current audit rules as JSON, or save --set FILE (a list of {label, when: [{field, "
                    + "test: all|none|at-least|majority, values, k, tie}]}) as the next rule set version.")
    static final class RulesCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectOption project;
        @Option(names = "--set", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (file == null) {
                try (Project p = project.openReadOnly()) {
                    RuleSet r = new RuleSets(p.database()).current();
                    JsonOut.print(out, Map.of("version", r.version(), "rules", r.rules()));
                }
                return 0;
            }
            Rule[] rules = Json.MAPPER.readValue(Files.readString(file), Rule[].class);
            try (Project p = project.open()) {
                RuleSet saved = new RuleSets(p.database()).save(new RuleSet(0, Arrays.asList(rules)), project.actor());
                out.printf("audit rule set version %d: %d rules%n", saved.version(), saved.rules().size());
            }
            return 0;
        }
    }
}
