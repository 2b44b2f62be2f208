package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.item.Item;
import io.indaba.core.translate.Origin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Attaches the rows of a translated file to the English items already in the project, by position or by id. */
final class TranslationAttacher {

    private final Path file;
    private final String lang;
    private final Origin origin;
    private final String attachBy;
    private final String actor;
    private final BadRows bad;

    /** Attaches as {@code options} say ({@code attachBy}: "position" or "id"). */
    TranslationAttacher(Path file, String lang, Origin origin, ImportOptions options, BadRows bad) {
        this(file, lang, origin, options.attachBy(), options.actor(), bad);
    }

    TranslationAttacher(Path file, String lang, Origin origin, String attachBy, String actor, BadRows bad) {
        this.file = file;
        this.lang = lang;
        this.origin = origin;
        this.attachBy = attachBy;
        this.actor = actor;
        this.bad = bad;
        if (!"position".equals(attachBy) && !"id".equals(attachBy)) {
            throw new IllegalArgumentException("attach by must be 'position' or 'id', not '" + attachBy + "'");
        }
    }

    /**
     * Saves every row's texts as imported translations (new or changed text: status translated; unchanged text
     * keeps its status); returns the fields saved.
     */
    long attach(Connection c, List<TranslatedRow> rows) throws SQLException {
        Set<String> checked = new HashSet<>();
        long saved = 0;
        for (TranslatedRow row : rows) {
            try {
                Optional<Item> found = lookUp(c, row);
                if (found.isEmpty() && checked.add(row.collection())
                        && !StoredItems.hasCollection(c, row.collection())) {
                    // Not a bad row but a missing prerequisite: skipping rows would silently drop the whole file.
                    throw new BadInputException(file, 0, "this is a " + lang + " translation of '"
                            + row.collection() + "', whose English items are not in the project yet; import the "
                            + "English file (" + row.collection() + ") first");
                }
                Item item = found.orElseThrow(() -> notFound(row));
                check(row, item);
                saved += ImportedTranslations.save(c, item, lang, row.texts(), null, origin,
                        actor, "imported from " + file.getFileName());
                StoredItems.mergeMeta(c, item, row.layout());
            } catch (BadInputException e) {
                if (e.line() == 0) {
                    throw e;
                }
                bad.add(e);
            }
        }
        return saved;
    }

    private Optional<Item> lookUp(Connection c, TranslatedRow row) throws SQLException {
        return "position".equals(attachBy)
                ? StoredItems.byPosition(c, row.collection(), row.position())
                : StoredItems.byExternalId(c, row.externalId());
    }

    private BadInputException notFound(TranslatedRow row) {
        return new BadInputException(file, row.line(), "position".equals(attachBy)
                ? "no English item at row " + row.position() + " of '" + row.collection() + "'"
                : "no English item with id '" + row.externalId() + "' in the project");
    }

    private void check(TranslatedRow row, Item item) {
        for (String field : row.texts().keySet()) {
            if (!item.fields().containsKey(field)) {
                throw new BadInputException(file, row.line(), "item '" + item.externalId() + "' has no field '"
                        + field + "'");
            }
        }
        if (row.answer() != null && item.answer() != null && !row.answer().equals(item.answer())) {
            throw new BadInputException(file, row.line(), "answer " + row.answer() + " differs from the English item's "
                    + item.answer() + " (" + item.externalId() + "); are the rows out of order?");
        }
    }
}
