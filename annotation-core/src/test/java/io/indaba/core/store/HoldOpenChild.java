package io.indaba.core.store;

import java.nio.file.Path;

/** A second process that opens a project, says "open" and keeps it open until its standard input closes. */
public final class HoldOpenChild {

    private HoldOpenChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--warm-up")) {
            return;
        }
        try (Database db = Database.open(Path.of(args[0]))) {
            db.read(c -> null);
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
