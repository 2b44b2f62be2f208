package io.indaba.core.stats;

import io.indaba.core.stats.agreement.CohenKappa;
import io.indaba.core.stats.agreement.FleissKappa;
import io.indaba.core.stats.agreement.KrippendorffAlpha;
import io.indaba.core.stats.agreement.Metric;
import io.indaba.core.stats.agreement.RatingTable;
import io.indaba.core.stats.agreement.RawAgreement;
import io.indaba.core.stats.vote.CanonicalVote;
import io.indaba.core.stats.vote.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Inter-annotator agreement in one language. A unit is one candidate pair of one item; values are canonical
 * A/B verdicts, so display order cannot create or hide agreement. Each annotator counts once per unit (their
 * first vote; repeats are measured as test-retest instead). A measure is null where it is undefined.
 *
 * @param units                   candidate pairs judged
 * @param sharedUnits             units judged by at least two annotators, the only ones agreement can use
 * @param alphaNominal            Krippendorff's alpha on verdicts (A wins, B wins, tie, both-bad)
 * @param alphaOrdinal            alpha, ordinal metric, on signed strength -3 (B strongly) .. +3 (A strongly)
 * @param alphaInterval           alpha, interval metric, on the same signed strength
 * @param fleissKappa             Fleiss' kappa on verdicts, pooling every unit with two or more ratings
 * @param fleissKappaComplete     Fleiss' kappa on only the units every annotator judged, as R's
 *                                {@code irr::kappam.fleiss} computes it; null where it equals {@code fleissKappa}
 *                                (every shared unit complete) or is undefined
 * @param completeUnits           units judged by every annotator of the language
 * @param cohenKappa              Cohen's kappa on verdicts when exactly two annotators judged this language
 * @param rawAgreement            share of agreeing annotator pairs per unit, averaged over units, ties included
 * @param rawAgreementWithoutTies the same after setting aside tie and both-bad votes
 */
public record AgreementReport(
        int units,
        int sharedUnits,
        Double alphaNominal,
        Double alphaOrdinal,
        Double alphaInterval,
        Double fleissKappa,
        Double fleissKappaComplete,
        int completeUnits,
        Double cohenKappa,
        Double rawAgreement,
        Double rawAgreementWithoutTies) {

    /** Computes every measure from a table of one canonical vote per annotator and unit. */
    public static AgreementReport of(RatingTable<CanonicalVote> table) {
        RatingTable<Verdict> verdicts = table.map(CanonicalVote::verdict);
        RatingTable<Integer> strengths = table.map(CanonicalVote::signedStrength);
        int shared = (int) table.units().stream().filter(unit -> table.ratingsOf(unit).size() >= 2).count();
        List<String> annotators = new ArrayList<>(table.coders());
        Double cohen = annotators.size() == 2
                ? defined(CohenKappa.of(verdicts, annotators.get(0), annotators.get(1)))
                : null;
        Double fleiss = defined(FleissKappa.of(verdicts));
        Double complete = defined(FleissKappa.ofCompleteUnits(verdicts));
        return new AgreementReport(
                table.units().size(),
                shared,
                defined(KrippendorffAlpha.nominal(verdicts)),
                defined(KrippendorffAlpha.of(strengths, Metric.ORDINAL)),
                defined(KrippendorffAlpha.of(strengths, Metric.INTERVAL)),
                fleiss,
                fleiss == null || complete == null || complete.equals(fleiss) ? null : complete,
                FleissKappa.completeUnits(verdicts),
                cohen,
                defined(RawAgreement.of(verdicts)),
                defined(RawAgreement.of(verdicts.filter(Verdict::decisive))));
    }

    /** NaN becomes null: JSON has no NaN, and "undefined" is what a reader needs to see. */
    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
