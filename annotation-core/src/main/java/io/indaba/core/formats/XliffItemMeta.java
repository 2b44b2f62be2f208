package io.indaba.core.formats;

import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The item metadata both XLIFF exports carry (id, kind, locked answer key, qID), so either version lands back. */
final class XliffItemMeta {

    private XliffItemMeta() {
    }

    /** Metadata by type, in the order the exports write it. */
    static Map<String, String> of(Item item) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("id", item.externalId());
        meta.put("kind", item.kind().code());
        if (item.answer() != null) {
            meta.put("answer", item.answer());
        }
        if (item.kind() == ItemKind.WINOGRANDE) {
            meta.put("qID", item.externalId());
        }
        return meta;
    }
}
