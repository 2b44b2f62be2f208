package io.indaba.core.store;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A second process in the middle of an import: it opens a project, feeds items into one import, says "writing"
 * half-way and waits there (inside the write transaction) until its standard input closes, then finishes.
 */
public final class ImportingChild {

    /** Items the child imports; it pauses after half of them. */
    static final int ITEMS = 2_000;

    private ImportingChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--warm-up")) {
            return;
        }
        try (Project project = Project.open(Path.of(args[0]))) {
            project.items().importAll(new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ITEMS;
                }

                @Override
                public Item next() {
                    if (next == ITEMS / 2) {
                        System.out.println("writing");
                        System.out.flush();
                        try {
                            while (System.in.read() >= 0) {
                                // hold the write transaction open until the parent closes our input
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    next++;
                    return Item.of("child-" + next, ItemKind.TEXT, "en", "child", next, Map.of("text", "item " + next),
                            null, null);
                }
            }, "child", "test", Progress.NONE);
        }
        System.out.println("done");
    }
}
