/** Bradley-Terry ratings of models from pairwise comparisons, on the Elo scale with bootstrap intervals. */
package io.indaba.core.stats.ranking;
