package io.indaba.core.translate;

import io.indaba.core.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much translators changed the machine drafts they started from: for each translated field whose revisions
 * name a draft ({@link DraftSource}), the character edit distance between that draft (the latest one taken) and
 * the field's current text.
 */
public final class PostEdits {

    /**
     * One field started from a machine draft.
     *
     * @param item   the item's external id
     * @param field  the field
     * @param origin the draft's origin ({@code mt:<file>}, {@code mt:llm:<model>})
     * @param draft  the draft as offered
     * @param text   the field's text now
     * @param edits  insertions, deletions and substitutions of characters (code points) from draft to text
     * @param ratio  {@code edits} over the longer of the two lengths: 0 unedited, 1 rewritten
     */
    public record Field(String item, String field, String origin, String draft, String text, int edits,
                        double ratio) {
    }

    /**
     * The fields of one draft origin.
     *
     * @param origin    the drafts' origin
     * @param fields    fields started from its drafts
     * @param unedited  of those, fields whose text is the draft unchanged
     * @param meanRatio the mean of the fields' edit ratios
     */
    public record Summary(String origin, int fields, int unedited, double meanRatio) {
    }

    private PostEdits() {
    }

    /** The fields of {@code lang} started from a machine draft, in item order. */
    public static List<Field> of(Database db, String lang) {
        return db.read(c -> {
            List<Field> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.external_id, t.field, r.draft_origin, "
                    + "r.draft_body, t.body FROM translation t JOIN item i ON i.id = t.item_id "
                    + "JOIN translation_revision r ON r.id = (SELECT max(id) FROM translation_revision "
                    + "WHERE translation_id = t.id AND draft_origin IS NOT NULL) WHERE t.lang = ? "
                    + "ORDER BY i.id, t.field")) {
                ps.setString(1, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String draft = rs.getString(4) == null ? "" : rs.getString(4);
                        String text = rs.getString(5);
                        int edits = distance(draft, text);
                        int longer = Math.max(draft.codePointCount(0, draft.length()),
                                text.codePointCount(0, text.length()));
                        out.add(new Field(rs.getString(1), rs.getString(2), rs.getString(3), draft, text, edits,
                                longer == 0 ? 0 : (double) edits / longer));
                    }
                }
            }
            return out;
        });
    }

    /** Totals per draft origin, in the order the origins first appear. */
    public static List<Summary> summarize(List<Field> fields) {
        Map<String, double[]> totals = new LinkedHashMap<>(); // fields, unedited, sum of ratios
        for (Field f : fields) {
            double[] t = totals.computeIfAbsent(f.origin(), k -> new double[3]);
            t[0]++;
            t[1] += f.edits() == 0 ? 1 : 0;
            t[2] += f.ratio();
        }
        List<Summary> out = new ArrayList<>();
        totals.forEach((origin, t) -> out.add(new Summary(origin, (int) t[0], (int) t[1], t[2] / t[0])));
        return out;
    }

    /** Levenshtein distance over code points, in two rows. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[y.length];
    }
}
