package io.indaba.core.audit;

import io.indaba.core.item.Item;
import java.util.Map;

/** One item waiting for a reviewer's audit in one language: the source item and its translated fields. */
public record AuditTask(Item item, String lang, Map<String, String> translation) {
    public AuditTask {
        translation = Map.copyOf(translation);
    }
}
