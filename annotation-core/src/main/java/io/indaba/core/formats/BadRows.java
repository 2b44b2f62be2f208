package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import io.indaba.core.base.BadRow;
import java.util.ArrayList;
import java.util.List;

/** Decides what a bad row does: aborts the import (the default) or is listed and skipped. */
final class BadRows {

    private final boolean skip;
    private final List<BadRow> rows = new ArrayList<>();

    BadRows(boolean skip) {
        this.skip = skip;
    }

    /** Throws {@code e} unless bad rows may be skipped, in which case it is recorded. */
    void add(BadInputException e) {
        if (!skip) {
            throw e;
        }
        rows.add(e.asBadRow());
    }

    List<BadRow> list() {
        return List.copyOf(rows);
    }
}
