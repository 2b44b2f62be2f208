package io.indaba.core.item;

/**
 * What an import may do to stored items: whether it may change their kind, fields or answer key
 * ({@code replaceSource}), and who is importing, for the source history.
 */
public record SourcePolicy(boolean replaceSource, String actor, String note) {

    /** Text updates only: a change of kind, fields or answer key is refused. */
    public static SourcePolicy textUpdates(String actor) {
        return new SourcePolicy(false, actor, null);
    }
}
