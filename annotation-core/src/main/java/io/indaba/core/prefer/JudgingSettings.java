package io.indaba.core.prefer;

import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a project asks of each judgement: the aspects rated 1–5 beside the decision (e.g. helpfulness, fluency in
 * the target language) and whether a rationale is required.
 */
public record JudgingSettings(List<String> aspects, boolean rationaleRequired) {

    /** The aspects asked when a project has not chosen any. */
    public static final List<String> DEFAULT_ASPECTS = List.of("helpfulness", "correctness", "fluency", "language");

    public JudgingSettings {
        aspects = aspects.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        for (String a : aspects) {
            if (a.length() > 40 || !a.matches("[\\p{L}\\p{N} _-]+")) {
                throw new IllegalArgumentException("aspect '" + a + "': use letters, digits, spaces, '-' or '_' (at most 40)");
            }
        }
    }

    /** Parses a comma-separated list of aspects. */
    public static JudgingSettings of(String commaSeparatedAspects, boolean rationaleRequired) {
        return new JudgingSettings(Arrays.asList(commaSeparatedAspects.split(",")), rationaleRequired);
    }

    /** The project's settings, or the defaults. */
    public static JudgingSettings load(Database db) {
        return db.read(c -> {
            String aspects = null;
            boolean required = false;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, value FROM project_setting WHERE name IN ('aspects', 'rationale_required')")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("aspects")) {
                            aspects = rs.getString(2);
                        } else {
                            required = Boolean.parseBoolean(rs.getString(2));
                        }
                    }
                }
            }
            return aspects == null ? new JudgingSettings(DEFAULT_ASPECTS, required) : of(aspects, required);
        });
    }

    /** Stores these settings durably. */
    public void save(Database db, String actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_setting (name, value) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, "aspects");
                ps.setString(2, String.join(",", aspects));
                ps.addBatch();
                ps.setString(1, "rationale_required");
                ps.setString(2, Boolean.toString(rationaleRequired));
                ps.addBatch();
                ps.executeBatch();
            }
            EventLog.append(c, actor, "setting.changed", "project", "judging",
                    Map.of("aspects", aspects, "rationaleRequired", rationaleRequired));
            return null;
        });
    }
}
