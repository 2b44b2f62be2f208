package io.indaba.core.stats.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Bradley-Terry model ratings, P(i beats j) = sigmoid(beta_i - beta_j), fitted by the MM algorithm with each
 * tie counted as half a win for both models.
 *
 * <p><b>Models that never win (or never lose).</b> The maximum-likelihood strength of a model without a win
 * is minus infinity and MM drifts towards it forever. Every pair of models that was actually compared
 * therefore receives {@code pseudoTies} virtual ties (default {@value #DEFAULT_PSEUDO_TIES}): a small
 * symmetric prior that keeps every strength finite, shrinks ratings slightly towards each other and
 * vanishes against real data. The fit is exactly the maximum-likelihood fit of the data plus those ties.
 * Because the prior sits on compared pairs, the first comparison of two models also brings their pseudo ties,
 * which can pull an already lopsided margin (beyond about 95:5 with the default prior) in very slightly;
 * later results on the same pair cannot.
 *
 * <p><b>Disconnected comparison graphs.</b> When some models were never linked by comparisons, nothing relates
 * their strengths. {@link #fit} refuses such data with a message naming the components; {@link #rate} fits
 * each component on its own (mean Elo 1000 in each) and reports the components, so a leaderboard never
 * silently compares models that were never compared.
 *
 * <p><b>Intervals.</b> {@link #rate} resamples the comparisons of each component with replacement, refits,
 * and reports the 2.5th and 97.5th percentiles of each model's Elo rating. A component's resampling uses
 * {@code new Random(seed)}, so equal data and seed give equal intervals.
 */
public final class BradleyTerry {

    /** Virtual ties per compared pair unless told otherwise. */
    public static final double DEFAULT_PSEUDO_TIES = 0.1;

    private static final int MAX_ITERATIONS = 100_000;
    private static final double TOLERANCE = 1e-9;
    private static final double ELO_PER_BETA = 400 / Math.log(10);

    private final double pseudoTies;

    /** A fitter with the default pseudo ties. */
    public BradleyTerry() {
        this(DEFAULT_PSEUDO_TIES);
    }

    /** A fitter that adds {@code pseudoTies} (positive) virtual ties to every compared pair. */
    public BradleyTerry(double pseudoTies) {
        if (!(pseudoTies > 0) || Double.isInfinite(pseudoTies)) {
            throw new IllegalArgumentException(
                    "pseudoTies must be a positive number, or models without a win diverge; got " + pseudoTies);
        }
        this.pseudoTies = pseudoTies;
    }

    /** The Elo-scale rating of a log-strength: 1000 + 400 beta / ln 10. */
    public static double elo(double beta) {
        return 1000 + ELO_PER_BETA * beta;
    }

    /** Log-strengths of models that form one connected comparison graph; refuses a disconnected graph. */
    public StrengthFit fit(List<Comparison> comparisons) {
        List<List<String>> components = ComparisonGraph.components(comparisons);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("no comparisons to fit");
        }
        if (components.size() > 1) {
            throw new IllegalArgumentException("the comparison graph is disconnected, so strengths of different "
                    + "parts are unrelated; fit each part separately (or use rate): " + components);
        }
        ComparisonSet set = new ComparisonSet(components.get(0), comparisons, pseudoTies);
        MmSolver.Solution solution = solveAll(set);
        Map<String, Double> beta = new HashMap<>();
        for (int i = 0; i < set.models().size(); i++) {
            beta.put(set.models().get(i), solution.beta()[i]);
        }
        return new StrengthFit(beta, solution.iterations(), solution.converged());
    }

    /** Ratings per connected component with percentile-bootstrap 95% intervals ({@code samples} may be 0). */
    public Leaderboard rate(List<Comparison> comparisons, int samples, long seed) {
        if (samples < 0) {
            throw new IllegalArgumentException("bootstrap samples cannot be negative");
        }
        List<RatingComponent> rated = new ArrayList<>();
        for (List<String> models : ComparisonGraph.components(comparisons)) {
            Set<String> members = new HashSet<>(models);
            List<Comparison> own = comparisons.stream().filter(c -> members.contains(c.modelA())).toList();
            rated.add(rateComponent(new ComparisonSet(models, own, pseudoTies), samples, seed));
        }
        return new Leaderboard(rated, rated.size() <= 1, samples, seed, pseudoTies);
    }

    private RatingComponent rateComponent(ComparisonSet set, int samples, long seed) {
        MmSolver.Solution point = solveAll(set);
        int models = set.models().size();
        int size = set.comparisons().size();
        double[][] bootstrap = new double[models][samples];
        Random random = new Random(seed);
        int[] sample = new int[size];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < size; c++) {
                sample[c] = random.nextInt(size);
            }
            // starting from the point estimate saves most of the iterations
            double[] beta = set.fit(sample, point.beta(), MAX_ITERATIONS, TOLERANCE).beta();
            for (int i = 0; i < models; i++) {
                bootstrap[i][s] = elo(beta[i]);
            }
        }
        Map<String, int[]> records = records(set.comparisons());
        List<ModelRating> ratings = new ArrayList<>();
        for (int i = 0; i < models; i++) {
            String model = set.models().get(i);
            ratings.add(rating(model, records.get(model), point.beta()[i], bootstrap[i]));
        }
        ratings.sort(Comparator.comparingDouble(ModelRating::elo).reversed().thenComparing(ModelRating::model));
        return new RatingComponent(ratings, size, point.iterations(), point.converged());
    }

    /** Wins, losses and ties by model, counted in one pass over the comparisons. */
    private static Map<String, int[]> records(List<Comparison> comparisons) {
        Map<String, int[]> records = new HashMap<>();
        for (Comparison c : comparisons) {
            int[] a = records.computeIfAbsent(c.modelA(), m -> new int[3]);
            int[] b = records.computeIfAbsent(c.modelB(), m -> new int[3]);
            if (c.scoreA() == 1) {
                a[0]++;
                b[1]++;
            } else if (c.scoreA() == 0) {
                a[1]++;
                b[0]++;
            } else {
                a[2]++;
                b[2]++;
            }
        }
        return records;
    }

    private static ModelRating rating(String model, int[] record, double beta, double[] bootstrapElo) {
        Double low = null;
        Double high = null;
        if (bootstrapElo.length > 0) {
            double[] sorted = bootstrapElo.clone();
            Arrays.sort(sorted);
            low = Percentile.of(sorted, 0.025);
            high = Percentile.of(sorted, 0.975);
        }
        return new ModelRating(model, beta, elo(beta), low, high, record[0], record[1], record[2]);
    }

    private static MmSolver.Solution solveAll(ComparisonSet set) {
        int[] all = IntStream.range(0, set.comparisons().size()).toArray();
        return set.fit(all, new double[set.models().size()], MAX_ITERATIONS, TOLERANCE);
    }
}
