package io.indaba.app.translate;

import io.indaba.core.item.ItemKind;
import io.indaba.core.translate.TranslationStatus;

/**
 * One line of the editor's item list: an item and its summary status in the chosen language.
 *
 * @param preview the start of the item's first source field, for recognising it in the list
 */
public record ItemRow(long itemId, String externalId, ItemKind kind, TranslationStatus status, String preview,
                      ItemPages.Cursor cursor) {

    /** The same row with another status, after a save. */
    public ItemRow withStatus(TranslationStatus newStatus) {
        return new ItemRow(itemId, externalId, kind, newStatus, preview, cursor);
    }
}
