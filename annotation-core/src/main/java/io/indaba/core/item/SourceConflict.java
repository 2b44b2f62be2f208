package io.indaba.core.item;

import java.util.Map;
import java.util.Objects;

/** Says how an incoming item would change what a stored item is; text edits alone are not a conflict. */
final class SourceConflict {

    private SourceConflict() {
    }

    /** A one-line description of the change of kind, field names or answer key, or null when there is none. */
    static String describe(ItemKind kind, Map<String, String> fields, String answer, Item incoming) {
        if (kind == incoming.kind() && fields.keySet().equals(incoming.fields().keySet())
                && Objects.equals(answer, incoming.answer())) {
            return null;
        }
        return "item '" + incoming.externalId() + "' is " + shape(kind, fields, answer) + "; this import would make it "
                + shape(incoming.kind(), incoming.fields(), incoming.answer());
    }

    private static String shape(ItemKind kind, Map<String, String> fields, String answer) {
        return "a " + kind.code() + " item with fields " + String.join(", ", fields.keySet())
                + (answer == null ? " and no answer" : " and answer " + answer);
    }
}
