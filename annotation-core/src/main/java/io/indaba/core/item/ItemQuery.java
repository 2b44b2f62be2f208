package io.indaba.core.item;

/**
 * A filter over items for paging lists.
 *
 * @param kind only items of this kind, or null
 * @param collection only items of this collection (e.g. {@code virology_dev}), or null
 * @param text only items whose fields contain this text (case-insensitive for ASCII), or null
 */
public record ItemQuery(ItemKind kind, String collection, String text) {

    /** Every item. */
    public static final ItemQuery ALL = new ItemQuery(null, null, null);
}
