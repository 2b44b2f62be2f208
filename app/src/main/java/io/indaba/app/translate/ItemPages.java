package io.indaba.app.translate;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.ItemTranslationPages;
import io.indaba.core.translate.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the editor's item list page by page straight from SQLite, so a million-item project never loads whole.
 * Pages are keyset-paged in collection order; the status, search and QA filters run here, on the background
 * thread, over chunks of rows until a page is full.
 */
public final class ItemPages {

    /** Where a page ends in list order, for reading the next one. */
    public record Cursor(String collection, int position, long id) {

        /** Before the first item. */
        public static final Cursor START = new Cursor("", Integer.MIN_VALUE, Long.MIN_VALUE);
    }

    /** An item as the filters see it: the item, its targets in the language by field, and its summary status. */
    public record ListedItem(Item item, Map<String, String> targets, TranslationStatus status) {
    }

    /** One page of rows and whether the list goes on after it. */
    public record Page(List<ItemRow> rows, Cursor next, boolean more) {
    }

    private static final int CHUNK = 500;
    private static final int PREVIEW = 80;

    private ItemPages() {
    }

    /** Up to {@code limit} rows after {@code after} that pass {@code filter} and {@code extra}. */
    public static Page read(Project project, ItemFilter filter, Cursor after, int limit, Predicate<ListedItem> extra,
                            Progress progress) {
        Pattern pattern = filter.pattern();
        List<ItemRow> rows = new ArrayList<>();
        Cursor cursor = after;
        while (rows.size() < limit) {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            List<ListedItem> chunk = chunk(project, filter.lang(), cursor, CHUNK);
            for (ListedItem listed : chunk) {
                Item item = listed.item();
                cursor = new Cursor(item.collection(), item.position(), item.id());
                if (filter.status().accepts(listed.status()) && matches(pattern, listed) && extra.test(listed)) {
                    rows.add(row(listed, cursor));
                    if (rows.size() == limit) {
                        return new Page(rows, cursor, true);
                    }
                }
            }
            if (chunk.size() < CHUNK) {
                return new Page(rows, cursor, false);
            }
        }
        return new Page(rows, cursor, true);
    }

    /** The row of one item (after a save changed its status). */
    public static ItemRow row(Project project, long itemId, String lang) {
        Item item = project.items().byId(itemId).orElseThrow();
        Cursor at = new Cursor(item.collection(), item.position(), item.id());
        List<ListedItem> one = chunk(project, lang, new Cursor(at.collection(), at.position(), at.id() - 1), 1);
        return row(one.get(0), at);
    }

    private static ItemRow row(ListedItem listed, Cursor cursor) {
        Item item = listed.item();
        String first = item.fields().isEmpty() ? "" : item.fields().values().iterator().next();
        String preview = first.length() > PREVIEW ? first.substring(0, PREVIEW) + "…" : first;
        return new ItemRow(item.id(), item.externalId(), item.kind(), listed.status(), preview.replace('\n', ' '),
                cursor);
    }

    private static boolean matches(Pattern pattern, ListedItem listed) {
        if (pattern == null) {
            return true;
        }
        if (pattern.matcher(listed.item().externalId()).find()) {
            return true;
        }
        for (String text : listed.item().fields().values()) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        for (String text : listed.targets().values()) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<ListedItem> chunk(Project project, String lang, Cursor after, int size) {
        List<ListedItem> out = new ArrayList<>();
        for (ItemTranslationPages.Row row : ItemTranslationPages.after(project.database(), lang,
                new ItemTranslationPages.Key(after.collection(), after.position(), after.id()), size)) {
            out.add(new ListedItem(row.item(), row.targets(), ItemStatus.of(row.item().fields().size(), row.statuses())));
        }
        return out;
    }
}
