package io.indaba.core.item;

import java.util.Map;
import java.util.Objects;

/** Says how an incoming item would change what a stored item is; text edits alone are not a conflict. */
final class SourceConflict {

    private SourceConflict() {
    }

    /**
     * A one-line description of the change of kind, field names or answer key, or of text in a script foreign to
     * the source language replacing the stored text; null when there is none.
     */
    static String describe(ItemKind kind, Map<String, String> fields, String answer, Item incoming) {
        String script = SourceScript.foreign(incoming);
        if (script != null) {
            return "item '" + incoming.externalId() + "' would get source text in " + script + " script, which "
                    + incoming.sourceLang() + " is not written in; is this a translation? pass --target-lang <tag> "
                    + "to import it as one";
        }
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
