package io.indaba.core.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.indaba.core.audit.AuditReport;
import io.indaba.core.audit.AuditReports;
import io.indaba.core.prefer.PreferenceVotes;
import io.indaba.core.prefer.VoteSet;
import io.indaba.core.project.Project;
import io.indaba.core.stats.PreferenceStatistics;
import io.indaba.core.stats.StatsOptions;
import io.indaba.core.stats.StatsReport;
import io.indaba.core.stats.ranking.BradleyTerry;
import io.indaba.core.translate.PostEdits;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba stats}: agreement, model ratings and annotator reliability per language. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Agreement (Krippendorff's alpha, Fleiss' and Cohen's kappa), Bradley-Terry "
        + "ratings of the models and each annotator's reliability, per language.",
        footer = {"", "Fleiss' kappa pools every pair judged by two or more annotators (each pair with its own number "
                + "of ratings, category shares over all ratings). R's irr::kappam.fleiss keeps only the pairs every "
                + "annotator judged; where that figure differs it is reported beside it (JSON: fleissKappaComplete, "
                + "over completeUnits pairs)."})
final class StatsCommand implements Callable<Integer> {

    /** Enough for stable 95% intervals many times over; more only makes a typo wait for minutes. */
    static final int MAX_BOOTSTRAP = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--lang", converter = LanguageTagOption.class, paramLabel = "TAG", description = "only this language")
    String lang;

    @Option(names = "--audit", description = "the cultural audit instead: agreement per taxonomy field (alpha with a "
            + "bootstrap interval, Gwet's AC1/AC2, MASI alpha for multiple choice), abstentions and CS/CA counts")
    boolean audit;

    @Option(names = "--post-edit", description = "how much translators changed the machine drafts they started from "
            + "(with --lang): per draft origin, fields, fields left unedited and the mean character edit ratio")
    boolean postEdit;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "bootstrap resamples behind the 95%% rating intervals; 0 skips them (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the resampling, for reproducible intervals (default: ${DEFAULT-VALUE})")
    long seed;

    /** The report as {@code --json} prints it: the statistics, plus what was read but not counted. */
    record Output(@JsonUnwrapped StatsReport report, SetAside setAside) {
    }

    /** Judgements read but kept out of the statistics, by language. */
    record SetAside(Map<String, Integer> adjudications, Map<String, Integer> rankings, int unusable) {
    }

    @Override
    public Integer call() {
        if (bootstrap < 0 || bootstrap > MAX_BOOTSTRAP) {
            throw new IllegalArgumentException("--bootstrap must be between 0 and " + MAX_BOOTSTRAP + ", not "
                    + bootstrap);
        }
        String tag = lang; // checked and normalised by LanguageTagOption
        try (Project p = project.openReadOnly()) {
            if (audit) {
                return audit(p, tag);
            }
            if (postEdit) {
                return postEdit(p, tag);
            }
            VoteSet votes = new PreferenceVotes(p.judgements(), p.candidates()).read(tag);
            if (tag != null && votes.votes().isEmpty()) {
                throw new IllegalArgumentException(p.file() + " has no pairwise judgements in " + tag
                        + judgedLanguages(p));
            }
            StatsOptions options = new StatsOptions(bootstrap, seed, BradleyTerry.DEFAULT_PSEUDO_TIES);
            StatsReport report = new PreferenceStatistics(options).compute(votes.votes());
            PrintWriter out = spec.commandLine().getOut();
            if (project.json) {
                JsonOut.print(out, new Output(report,
                        new SetAside(votes.adjudications(), votes.rankings(), votes.unusable())));
            } else {
                new StatsText(out).print(p.settings().name(), p.file().toString(), report, votes);
            }
        }
        return 0;
    }

    private int audit(Project p, String tag) {
        AuditReports reports = new AuditReports(p.database());
        if (tag != null && !reports.languages().contains(tag)) {
            throw new IllegalArgumentException(p.file() + " has no audits in " + tag + (reports.languages().isEmpty()
                    ? " (it has no audits yet)" : " (audited: " + String.join(", ", reports.languages()) + ")"));
        }
        AuditReport report = reports.compute(tag, bootstrap, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
            JsonOut.print(out, report);
        } else {
            new AuditStatsText(out).print(p.settings().name(), p.file().toString(), report);
        }
        return 0;
    }

    /** What {@code stats --post-edit --json} prints. */
    record PostEditOutput(String lang, List<PostEdits.Summary> origins, List<PostEdits.Field> fields) {
    }

    private int postEdit(Project p, String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("--post-edit needs --lang: the language whose translations to measure");
        }
        List<PostEdits.Field> fields = PostEdits.of(p.database(), tag);
        List<PostEdits.Summary> origins = PostEdits.summarize(fields);
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
            JsonOut.print(out, new PostEditOutput(tag, origins, fields));
        } else if (origins.isEmpty()) {
            out.printf("No %s translation started from a machine draft yet.%n", tag);
        } else {
            out.printf("Post-editing of machine drafts, %s (edit ratio: characters changed / longer text)%n", tag);
            for (PostEdits.Summary s : origins) {
                out.printf("  %-40s %,6d fields, %,6d unedited, mean edit ratio %.3f%n", s.origin(), s.fields(),
                        s.unedited(), s.meanRatio());
            }
        }
        return 0;
    }

    private static String judgedLanguages(Project p) {
        var counts = p.judgements().countsByLanguage();
        return counts.isEmpty() ? " (it has no judgements yet)" : " (judged: " + String.join(", ", counts.keySet()) + ")";
    }
}
