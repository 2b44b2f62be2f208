package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemConflictException;
import io.indaba.core.item.Items;
import io.indaba.core.item.SourcePolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.function.ToLongFunction;

/**
 * Stores source items from a file under the options' consent: an item whose kind, fields or answer key would change
 * is refused (naming file and line) unless {@code --replace-source} was given.
 */
final class SourceConflicts {

    private SourceConflicts() {
    }

    /** Imports inside the caller's transaction; {@code lineOf} finds the input line of an item id. */
    static ImportSummary importAll(Connection c, Path file, Iterator<Item> items, ToLongFunction<String> lineOf,
                                   ImportOptions options, Progress progress) throws SQLException {
        SourcePolicy policy = new SourcePolicy(options.replaceSource(), options.actor(),
                "replaced by " + file.getFileName());
        try {
            return Items.importAll(c, items, progress, policy);
        } catch (ItemConflictException e) {
            throw new BadInputException(file, lineOf.applyAsLong(e.externalId()), e.getMessage()
                    + "; pass --replace-source to replace it (its previous source is kept in its history)", e);
        }
    }
}
