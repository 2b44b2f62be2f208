package io.indaba.core.stats;

import io.indaba.core.stats.agreement.RatingTable;
import io.indaba.core.stats.ranking.BradleyTerry;
import io.indaba.core.stats.ranking.Comparison;
import io.indaba.core.stats.ranking.Leaderboard;
import io.indaba.core.stats.reliability.IntransitiveTriples;
import io.indaba.core.stats.reliability.LengthBias;
import io.indaba.core.stats.reliability.MajorityAgreement;
import io.indaba.core.stats.reliability.PositionBias;
import io.indaba.core.stats.reliability.Proportion;
import io.indaba.core.stats.reliability.SwappedRepeats;
import io.indaba.core.stats.vote.CandidatePair;
import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.PairwiseVote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes a project's preference statistics from its pairwise votes: per language, agreement on canonical
 * verdicts and strengths, Bradley-Terry ratings of the models and each annotator's reliability.
 *
 * <p>Votes whose candidates lack a model, or come from the same model, still count for agreement and
 * reliability but not for ratings. Both-bad counts as a tie in the ratings, as in Arena's "tie (bothbad)".
 */
public final class PreferenceStatistics {

    private final StatsOptions options;
    private final BradleyTerry bradleyTerry;

    /** Statistics with the default options. */
    public PreferenceStatistics() {
        this(StatsOptions.defaults());
    }

    /** Statistics with the given options. */
    public PreferenceStatistics(StatsOptions options) {
        this.options = options;
        this.bradleyTerry = new BradleyTerry(options.pseudoTies());
    }

    /** The full report, languages and annotators sorted by tag and id. */
    public StatsReport compute(List<PairwiseVote> votes) {
        Map<String, List<PairwiseVote>> byLanguage = votes.stream()
                .collect(Collectors.groupingBy(PairwiseVote::lang, TreeMap::new, Collectors.toList()));
        List<LanguageReport> languages = new ArrayList<>();
        byLanguage.forEach((lang, own) -> languages.add(language(lang, own)));
        return new StatsReport(votes.size(), options, languages);
    }

    private LanguageReport language(String lang, List<PairwiseVote> votes) {
        List<CanonicalVote> canonical = votes.stream().map(CanonicalVote::of).toList();
        RatingTable<CanonicalVote> firstVotes = firstVotePerUnit(canonical);
        Leaderboard ratings = bradleyTerry.rate(comparisons(votes), options.bootstrapSamples(), options.seed());
        Map<String, Proportion> majority = MajorityAgreement.of(firstVotes.map(CanonicalVote::verdict));

        Map<String, List<PairwiseVote>> byAnnotator = votes.stream()
                .collect(Collectors.groupingBy(PairwiseVote::annotatorId, TreeMap::new, Collectors.toList()));
        List<AnnotatorReport> annotators = new ArrayList<>();
        byAnnotator.forEach((annotator, own) -> {
            List<CanonicalVote> ownCanonical = own.stream().map(CanonicalVote::of).toList();
            annotators.add(new AnnotatorReport(annotator, own.size(),
                    majority.getOrDefault(annotator, Proportion.of(0, 0)),
                    IntransitiveTriples.of(ownCanonical),
                    SwappedRepeats.of(ownCanonical),
                    PositionBias.of(own),
                    LengthBias.of(own)));
        });
        return new LanguageReport(lang, votes.size(), AgreementReport.of(firstVotes), ratings, annotators);
    }

    /** One vote per annotator and candidate pair, the first in input order; units named u1, u2, ... */
    private static RatingTable<CanonicalVote> firstVotePerUnit(List<CanonicalVote> votes) {
        Map<CandidatePair, String> unitIds = new HashMap<>();
        RatingTable.Builder<CanonicalVote> table = RatingTable.builder();
        for (CanonicalVote vote : votes) {
            String unit = unitIds.computeIfAbsent(vote.pair(), pair -> "u" + (unitIds.size() + 1));
            if (!table.contains(unit, vote.annotatorId())) {
                table.add(unit, vote.annotatorId(), vote);
            }
        }
        return table.build();
    }

    private static List<Comparison> comparisons(List<PairwiseVote> votes) {
        List<Comparison> comparisons = new ArrayList<>();
        for (PairwiseVote vote : votes) {
            String left = vote.leftModel();
            String right = vote.rightModel();
            if (left == null || right == null || left.equals(right)) {
                continue; // no model-versus-model information
            }
            comparisons.add(switch (vote.outcome()) {
                case LEFT_WINS -> Comparison.win(left, right);
                case RIGHT_WINS -> Comparison.win(right, left);
                case TIE, BOTH_BAD -> Comparison.tie(left, right);
            });
        }
        return comparisons;
    }
}
