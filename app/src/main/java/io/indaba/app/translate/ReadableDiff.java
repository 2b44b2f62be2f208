package io.indaba.app.translate;

import io.indaba.core.translate.DiffOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Regroups a word diff for reading: a stretch of changes (with the single spaces between them) becomes one removed
 * phrase followed by one added phrase, instead of words interleaved as "stay walk indoors out".
 */
final class ReadableDiff {

    private ReadableDiff() {
    }

    /**
     * The same words as {@code ops}, each changed stretch as at most one DELETE then one INSERT, with a space between
     * the two for reading (so the runs no longer spell the texts to the space).
     */
    static List<DiffOp> of(List<DiffOp> ops) {
        List<DiffOp> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            DiffOp op = ops.get(i);
            switch (op.kind()) {
                case DELETE -> deleted.append(op.text());
                case INSERT -> inserted.append(op.text());
                case EQUAL -> {
                    boolean between = i > 0 && i + 1 < ops.size() && ops.get(i + 1).kind() != DiffOp.Kind.EQUAL
                            && ops.get(i - 1).kind() != DiffOp.Kind.EQUAL && op.text().isBlank();
                    if (between) {
                        // A space between two changes belongs to both phrases.
                        space(deleted, op.text());
                        space(inserted, op.text());
                    } else {
                        flush(out, deleted, inserted);
                        out.add(op);
                    }
                }
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void space(StringBuilder phrase, String space) {
        if (!phrase.isEmpty()) {
            phrase.append(space);
        }
    }

    private static void flush(List<DiffOp> out, StringBuilder deleted, StringBuilder inserted) {
        String gone = deleted.toString().stripTrailing();
        String added = inserted.toString().stripTrailing();
        if (!gone.isEmpty()) {
            out.add(new DiffOp(DiffOp.Kind.DELETE, gone));
        }
        if (!gone.isEmpty() && !added.isEmpty()) {
            out.add(new DiffOp(DiffOp.Kind.EQUAL, " "));
        }
        if (!added.isEmpty()) {
            out.add(new DiffOp(DiffOp.Kind.INSERT, added));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }
}
