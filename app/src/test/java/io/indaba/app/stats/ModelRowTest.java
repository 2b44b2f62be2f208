package io.indaba.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the leaderboard writes a model's 95% interval. */
class ModelRowTest {

    @Test
    void threeVotesAreTooFewForAnInterval() {
        assertEquals("too few votes", new ModelRow(1, 1, "m1", 1357, 1357.0, 1357.0, 2, 1, 0).interval());
    }

    @Test
    void aCollapsedIntervalIsNotShownAsCertainty() {
        assertEquals("too few votes", new ModelRow(1, 1, "m1", 1200, 1199.8, 1200.2, 10, 10, 0).interval());
    }

    @Test
    void enoughVotesShowTheInterval() {
        assertEquals("1290 – 1410", new ModelRow(1, 1, "m1", 1350, 1290.4, 1409.6, 8, 3, 1).interval());
        assertEquals("—", new ModelRow(1, 1, "m1", 1350, null, null, 8, 3, 1).interval());
    }
}
