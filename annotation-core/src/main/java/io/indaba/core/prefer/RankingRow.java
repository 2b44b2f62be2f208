package io.indaba.core.prefer;

import java.util.List;

/**
 * One full ranking of an item's judged candidates: {@code responses} are candidate ids in id order and
 * {@code ranking} lists groups of indices into them, best first (a group of several is a tie).
 *
 * @param agreement the share of the judgements on the same item, language and candidates that gave the majority
 *                  ranking
 */
public record RankingRow(List<Long> responses, List<List<Integer>> ranking, boolean noneAcceptable,
                         List<Judgement> judgements, double agreement) {
}
