package io.indaba.app.generate;

import io.indaba.app.common.Messages;

/** The one line of a running job's progress: done of total, responses and tokens a second, time left. */
final class GenerateStats {

    private GenerateStats() {
    }

    static String line(GenerationMonitor.Snapshot s) {
        String total = s.total() < 0 ? "?" : Long.toString(s.total());
        String left = s.paused() ? Messages.get("generate.statsPaused")
                : s.secondsLeft() < 0 ? Messages.get("generate.statsEtaUnknown")
                : Messages.format("generate.statsEta", duration(s.secondsLeft()));
        return Messages.format("generate.stats", s.done(), total, s.responsesPerSecond(), s.tokensPerSecond(), left);
    }

    /** 45 s, 3 min 05 s, 2 h 10 min. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format("%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format("%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
