package io.indaba.core.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unit of source material: its stable external id, kind, ordered fields (question and choices, a Winogrande
 * sentence and options, a prompt), the locked answer key, metadata and the hash of its source version.
 *
 * @param id database id, 0 before the item is stored
 */
public record Item(long id, String externalId, ItemKind kind, String sourceLang, String collection, int position,
                   Map<String, String> fields, String answer, Map<String, String> meta, String sourceHash) {

    // One digest per thread: an import hashes every item, and looking up the provider each time shows in profiles.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    });

    public Item {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        collection = collection == null ? "" : collection;
        if (sourceHash == null) {
            sourceHash = hash(kind, fields, answer);
        }
    }

    /** A new item, not yet stored; its source hash is computed from kind, fields and answer. */
    public static Item of(String externalId, ItemKind kind, String sourceLang, String collection, int position,
                          Map<String, String> fields, String answer, Map<String, String> meta) {
        return new Item(0, externalId, kind, sourceLang, collection, position, fields, answer, meta, null);
    }

    /** The text of one field, or the empty string. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** The SHA-256 of what a translator translates: a changed source gives a changed hash. */
    public static String hash(ItemKind kind, Map<String, String> fields, String answer) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        sha.update(kind.code().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : fields.entrySet()) {
            sha.update((byte) 0);
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 1);
            sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 2);
        if (answer != null) {
            sha.update(answer.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
