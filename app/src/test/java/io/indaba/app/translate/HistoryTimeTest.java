package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The history shows a revision's time to the minute in the reader's zone, not the stored nanosecond instant. */
class HistoryTimeTest {

    @Test
    void anInstantIsShownToTheMinuteInTheReadersZone() {
        assertEquals("2026-12-06 07:41", HistoryViewModel.shownTime("2026-12-06T07:41:35.397591837Z", ZoneId.of("UTC")));
        assertEquals("2026-12-06 10:41",
                HistoryViewModel.shownTime("2026-12-06T07:41:35.397591837Z", ZoneId.of("Africa/Addis_Ababa")));
    }

    @Test
    void aValueThatIsNotAnInstantIsShownAsStored() {
        assertEquals("2026-12-06 07:41:35", HistoryViewModel.shownTime("2026-12-06T07:41:35", ZoneId.of("UTC")));
        assertEquals("", HistoryViewModel.shownTime("", ZoneId.of("UTC")));
    }
}
