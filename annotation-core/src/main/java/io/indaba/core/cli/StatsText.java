package io.indaba.core.cli;

import io.indaba.core.prefer.VoteSet;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.stats.AgreementReport;
import io.indaba.core.stats.AnnotatorReport;
import io.indaba.core.stats.LanguageReport;
import io.indaba.core.stats.ReliabilityWarning;
import io.indaba.core.stats.StatsReport;
import io.indaba.core.stats.ranking.Leaderboard;
import io.indaba.core.stats.ranking.ModelRating;
import io.indaba.core.stats.ranking.RatingComponent;
import io.indaba.core.stats.reliability.PickRate;
import io.indaba.core.stats.reliability.Proportion;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

/** The human-readable form of {@code indaba stats}: one block per language, fixed-width columns. */
final class StatsText {

    private static final String NONE = "—";

    private final PrintWriter out;

    StatsText(PrintWriter out) {
        this.out = out;
    }

    void print(String name, String file, StatsReport report, VoteSet votes) {
        out.printf("%s — %s%n", name, file);
        if (report.languages().isEmpty()) {
            out.println("no pairwise judgements yet");
            return;
        }
        out.printf("%,d pairwise votes; rating intervals from %,d bootstrap resamples, seed %d%n", report.votes(),
                report.options().bootstrapSamples(), report.options().seed());
        for (LanguageReport language : report.languages()) {
            out.println();
            language(language, votes.adjudicationsIn(language.lang()));
        }
        int rankings = votes.rankings().values().stream().mapToInt(Integer::intValue).sum();
        if (rankings > 0 || votes.unusable() > 0) {
            out.println();
            out.printf("not counted: %,d ranking judgements, %,d pairwise judgements without two stored candidates%n",
                    rankings, votes.unusable());
        }
    }

    private void language(LanguageReport language, int adjudications) {
        AgreementReport a = language.agreement();
        out.printf("%s  %s — %,d votes on %,d pairs, %,d judged by two or more%s%n", language.lang(),
                LanguageTags.displayName(language.lang()), language.votes(), a.units(), a.sharedUnits(),
                adjudications == 0 ? "" : String.format(Locale.ROOT, "; %,d adjudication%s not counted", adjudications,
                        adjudications == 1 ? "" : "s"));
        out.printf("  agreement  Krippendorff alpha nominal %s, ordinal %s, interval %s%n",
                number(a.alphaNominal()), number(a.alphaOrdinal()), number(a.alphaInterval()));
        out.printf("             Fleiss kappa %s, Cohen kappa %s%n", number(a.fleissKappa()), number(a.cohenKappa()));
        if (a.fleissKappaComplete() != null) {
            out.printf("             Fleiss kappa on the %,d pairs every annotator judged %s (R's kappam.fleiss)%n",
                    a.completeUnits(), number(a.fleissKappaComplete()));
        }
        out.printf("             raw agreement %s with ties, %s without ties%n", percent(a.rawAgreement()),
                percent(a.rawAgreementWithoutTies()));
        ratings(language.ratings());
        annotators(language);
    }

    private void ratings(Leaderboard board) {
        out.println("  models (Bradley-Terry)");
        if (board.components().isEmpty()) {
            out.println("    no two different models were compared");
            return;
        }
        if (!board.connected()) {
            out.printf("    the comparison graph is disconnected: %d groups of models were never compared with each"
                    + " other;%n    Elo ratings compare only within a group%n", board.components().size());
        }
        out.printf("    %-3s %-24s %6s %15s %12s%n", "#", "model", "Elo", "95% interval", "W-L-T");
        int group = 0;
        for (RatingComponent component : board.components()) {
            group++;
            if (!board.connected()) {
                out.printf("    group %d (%,d comparisons)%n", group, component.comparisons());
            }
            int rank = 0;
            for (ModelRating r : component.ratings()) {
                rank++;
                out.printf("    %-3d %-24s %6.0f %15s %12s%n", rank, r.model(), r.elo(), interval(r),
                        r.wins() + "-" + r.losses() + "-" + r.ties());
            }
        }
    }

    private void annotators(LanguageReport language) {
        out.println("  annotators");
        row("    %-14s %5s  %-16s %-16s %-16s %-24s %s", "annotator", "votes", "majority agr.",
                "intransitive", "swapped repeats", "left picks", "longer picks");
        boolean flagged = false;
        for (AnnotatorReport r : language.annotators()) {
            Set<ReliabilityWarning> warnings = ReliabilityWarning.of(r);
            flagged |= !warnings.isEmpty();
            row("  %s %-14s %5d  %-16s %-16s %-16s %-24s %s", warnings.isEmpty() ? " " : "!",
                    r.annotatorId(), r.votes(), proportion(r.majorityAgreement()),
                    proportion(r.intransitiveTriples()), proportion(r.swappedRepeatConsistency()),
                    pick(r.leftPicks(), true), pick(r.longerPicks(), false));
            if (!warnings.isEmpty()) {
                out.printf("      ! %s%n", String.join(", ", warnings.stream().map(StatsText::words).toList()));
            }
        }
        if (flagged) {
            out.printf("    ! flagged: majority or repeat agreement below 50%%, more than a quarter of triples cyclic,"
                    + " or a bias with p < %s%n", ReliabilityWarning.BIAS_P);
        }
    }

    /** One table row without the padding of its last column. */
    private void row(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values).stripTrailing());
    }

    private static String words(ReliabilityWarning warning) {
        return switch (warning) {
            case LOW_MAJORITY_AGREEMENT -> "agrees with the majority on fewer than half of the pairs";
            case POSITION_BIAS -> "position bias";
            case LENGTH_BIAS -> "length bias";
            case INCONSISTENT_REPEATS -> "changes verdict on most swapped repeats";
            case INTRANSITIVE -> "many cyclic triples";
        };
    }

    private static String interval(ModelRating r) {
        return r.eloLow() == null ? NONE : String.format(Locale.ROOT, "%.0f – %.0f", r.eloLow(), r.eloHigh());
    }

    private static String number(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    private static String proportion(Proportion p) {
        return p.trials() == 0 ? NONE
                : String.format(Locale.ROOT, "%d/%d %.0f%%", p.hits(), p.trials(), 100 * p.rate());
    }

    private static String pick(PickRate p, boolean withP) {
        if (p.trials() == 0) {
            return NONE;
        }
        String rate = String.format(Locale.ROOT, "%d/%d %.0f%%", p.hits(), p.trials(), 100 * p.rate());
        return withP ? rate + String.format(Locale.ROOT, " p=%.3g", p.pValue()) : rate;
    }
}
