package io.indaba.core.translate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared real-data fixtures beside the project ({@code ../../shared/data} or {@code ../shared/data} from
 * the module), or where the {@code indaba.sharedData} system property points (e.g. from a git worktree).
 */
final class RealData {

    private RealData() {
    }

    /** The path of {@code relative} in the shared data folder, or null when this checkout has none. */
    static Path path(String relative) {
        String configured = System.getProperty("indaba.sharedData");
        for (String base : new String[] {configured, "../../shared/data", "../shared/data"}) {
            if (base != null) {
                Path p = Path.of(base).resolve(relative);
                if (Files.exists(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
