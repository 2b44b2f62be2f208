package io.indaba.core.packages;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the lead's project recorded when it exported a package: who it is for and which items in which languages.
 * A returned package is trusted for nothing else; its own settings can be edited by whoever holds the file.
 */
record PackageGrant(String packageId, String annotatorId, Set<String> assigned) {

    /** The package setting that names its grant in the lead's project. */
    static final String ID_SETTING = "package.id";
    private static final String PREFIX = "package.grant.";

    /** Records a new grant in the lead's project ({@code lead} is inside a write transaction). */
    static PackageGrant record(Connection lead, String annotatorId, List<AnnotatorPackage.Assignment> assignments)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        List<List<Object>> pairs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (AnnotatorPackage.Assignment a : assignments) {
            pairs.add(List.of(a.itemId(), a.lang()));
            keys.add(key(a.itemId(), a.lang()));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("annotator", annotatorId);
        value.put("assigned", pairs);
        try (PreparedStatement ps = lead.prepareStatement("INSERT INTO project_setting (name, value) VALUES (?, ?)")) {
            ps.setString(1, PREFIX + id);
            ps.setString(2, Json.write(value));
            ps.executeUpdate();
        }
        return new PackageGrant(id, annotatorId, keys);
    }

    /** The grant the lead recorded for {@code packageId}, or null when this project exported no such package. */
    static PackageGrant find(Connection lead, String packageId) throws SQLException {
        String json = packageId == null ? null : AnnotatorPackage.setting(lead, PREFIX + packageId);
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            Set<String> keys = new HashSet<>();
            for (JsonNode pair : node.get("assigned")) {
                keys.add(key(pair.get(0).asLong(), pair.get(1).asText()));
            }
            return new PackageGrant(packageId, node.get("annotator").asText(), keys);
        } catch (IOException | RuntimeException e) {
            throw new SQLException("the record of package " + packageId + " is unreadable", e);
        }
    }

    boolean assigned(long itemId, String lang) {
        return assigned.contains(key(itemId, lang));
    }

    /** The assigned item ids, in any language. */
    Set<Long> items() {
        Set<Long> out = new TreeSet<>();
        assigned.forEach(k -> out.add(Long.parseLong(k.substring(0, k.indexOf('\t')))));
        return out;
    }

    private static String key(long itemId, String lang) {
        return itemId + "\t" + lang;
    }
}
