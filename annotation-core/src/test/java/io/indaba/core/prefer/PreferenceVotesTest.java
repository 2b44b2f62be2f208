package io.indaba.core.prefer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.stats.vote.Outcome;
import io.indaba.core.stats.vote.PairwiseVote;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored judgements become votes in the terms the annotator saw. */
class PreferenceVotesTest {

    @TempDir
    Path dir;

    private Project project() {
        return Project.create(dir.resolve("v.indaba"), new ProjectSettings("V", "en", List.of("am", "yo")), "t");
    }

    private static Judgement stored(long item, String lang, Long a, Long b, String winner, Integer strength,
                                    Map<String, Object> display, boolean adjudication, String kind) {
        return new Judgement(0, java.util.UUID.randomUUID().toString(), item, "a1", lang, kind, a, b, winner,
                strength, null, false, display, null, null, null, null, null, null, adjudication, null);
    }

    @Test
    void aWinForAShownOnTheRightIsARightWinWithModelsAndGraphemeLengths() {
        try (Project p = project()) {
            JudgedProject f = new JudgedProject(p);
            // Ge'ez: three syllables; "é" written as e + combining accent is one grapheme in two code points
            List<Long> c = f.prompt("p", "am", new String[] {"m1", "m2"}, new String[] {"ሰላም", "e\u0301"});
            f.judge("a1", "am", c.get(0), c.get(1), "A", 2, false);

            VoteSet set = new PreferenceVotes(p.judgements(), p.candidates()).read("am");

            PairwiseVote vote = set.votes().get(0);
            assertEquals(PreferenceVotes.candidateId(c.get(1)), vote.left());
            assertEquals(PreferenceVotes.candidateId(c.get(0)), vote.right());
            assertEquals(Outcome.RIGHT_WINS, vote.outcome());
            assertEquals(2, vote.strength());
            assertEquals("m2", vote.leftModel());
            assertEquals("m1", vote.rightModel());
            assertEquals(1, vote.leftLength());
            assertEquals(3, vote.rightLength());
            assertEquals(Long.toString(f.itemId("p")), vote.itemId());
        }
    }

    @Test
    void withoutARecordOfTheScreenAIsOnTheLeftAndAWinHasAtLeastStrengthOne() {
        try (Project p = project()) {
            JudgedProject f = new JudgedProject(p);
            List<Long> c = f.prompt("p", "am", "m1", "m2");
            long item = f.itemId("p");
            p.judgements().submit(stored(item, "am", c.get(0), c.get(1), "B", 0, null, false, "pairwise"));
            p.judgements().submit(stored(item, "am", c.get(0), c.get(1), "A", null, Map.of("left", "junk"), false,
                    "pairwise"));
            p.judgements().submit(stored(item, "am", c.get(0), c.get(1), "tie", 0,
                    Map.of("left", c.get(1), "right", c.get(0)), false, "pairwise"));

            List<PairwiseVote> votes = new PreferenceVotes(p.judgements(), p.candidates()).read(null).votes();

            assertEquals(Outcome.RIGHT_WINS, votes.get(0).outcome());
            assertEquals(1, votes.get(0).strength());
            assertEquals(PreferenceVotes.candidateId(c.get(0)), votes.get(0).left());
            assertEquals(Outcome.LEFT_WINS, votes.get(1).outcome());
            assertEquals(1, votes.get(1).strength());
            assertEquals(Outcome.TIE, votes.get(2).outcome());
            assertEquals(0, votes.get(2).strength());
            assertEquals(PreferenceVotes.candidateId(c.get(1)), votes.get(2).left());
        }
    }

    @Test
    void adjudicationsRankingsAndBrokenJudgementsAreSetAsideAndCounted() {
        try (Project p = project()) {
            JudgedProject f = new JudgedProject(p);
            List<Long> c = f.prompt("p", "am", "m1", "m2");
            long item = f.itemId("p");
            f.judge("a1", "am", c.get(0), c.get(1), "A", 1, true);
            f.judge("a2", "yo", c.get(0), c.get(1), "B", 3, true);
            p.judgements().submit(stored(item, "am", c.get(0), c.get(1), "A", 2, null, true, "pairwise"));
            p.judgements().submit(stored(item, "am", null, null, null, null, null, false, "ranking"));
            p.judgements().submit(stored(item, "am", c.get(0), null, "A", 1, null, false, "pairwise"));

            PreferenceVotes reader = new PreferenceVotes(p.judgements(), p.candidates());
            VoteSet all = reader.read(null);
            VoteSet yo = reader.read("yo");

            assertEquals(2, all.votes().size());
            assertEquals(Map.of("am", 1), all.adjudications());
            assertEquals(1, all.adjudicationsIn("am"));
            assertEquals(0, all.adjudicationsIn("yo"));
            assertEquals(Map.of("am", 1), all.rankings());
            assertEquals(1, all.unusable());
            assertEquals(1, yo.votes().size());
            assertEquals("yo", yo.votes().get(0).lang());
            assertEquals(0, yo.unusable());
        }
    }

    @Test
    void candidatesWithoutAModelGiveNullModels() {
        try (Project p = project()) {
            JudgedProject f = new JudgedProject(p);
            List<Long> c = f.prompt("p", "am", new String[] {null, "m2"}, new String[] {"human", "model"});
            f.judge("a1", "am", c.get(0), c.get(1), "both-bad", 0, true);
            PairwiseVote vote = new PreferenceVotes(p.judgements(), p.candidates()).read("am").votes().get(0);
            assertNull(vote.leftModel());
            assertEquals(Outcome.BOTH_BAD, vote.outcome());
        }
    }
}
