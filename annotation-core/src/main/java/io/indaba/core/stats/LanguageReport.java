package io.indaba.core.stats;

import io.indaba.core.stats.ranking.Leaderboard;
import java.util.List;

/**
 * Agreement, model ratings and annotator reliability for one language of judged responses.
 *
 * @param lang       BCP-47 tag as given on the votes
 * @param votes      votes in this language
 * @param agreement  inter-annotator agreement
 * @param ratings    Bradley-Terry ratings of the models behind the candidates
 * @param annotators one report per annotator, by id
 */
public record LanguageReport(
        String lang, int votes, AgreementReport agreement, Leaderboard ratings, List<AnnotatorReport> annotators) {

    public LanguageReport {
        annotators = List.copyOf(annotators);
    }
}
