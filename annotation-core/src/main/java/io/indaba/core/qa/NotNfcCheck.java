package io.indaba.core.qa;

import io.indaba.core.text.Graphemes;
import io.indaba.core.text.Nfc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code not-nfc}: the translation is not in Unicode NFC, so equal-looking words differ in search, the translation
 * memory and exact-match scoring. The fix is the NFC form, which looks the same.
 */
public final class NotNfcCheck extends SegmentCheck {

    /** The check id. */
    public static final String ID = "not-nfc";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The translation is not in Unicode normal form C.";
    }

    @Override
    protected Optional<QaFinding> checkSegment(QaSegment segment, QaItem item, LanguageRules rules) {
        String target = segment.targetText();
        if (Nfc.isNfc(target)) {
            return Optional.empty();
        }
        // Highlight the clusters that change: canonical composition stays inside a grapheme cluster
        List<TextRange> ranges = new ArrayList<>();
        int[] b = Graphemes.boundaries(target);
        for (int i = 1; i < b.length; i++) {
            if (!Nfc.isNfc(target.substring(b[i - 1], b[i]))) {
                ranges.add(new TextRange(b[i - 1], b[i]));
            }
        }
        String message = switch (ranges.size()) {
            case 0 -> "The text is not in normal form C (NFC).";
            case 1 -> "1 character is not in normal form C (NFC).";
            default -> ranges.size() + " characters are not in normal form C (NFC).";
        };
        return Optional.of(finding(Severity.WARNING, segment, message)
                .withRanges(ranges).withFix(Nfc.normalize(target)));
    }
}
