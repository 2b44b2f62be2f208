package io.indaba.core.item;

import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Database;
import java.nio.file.Path;

/**
 * An open project as the feature packages see it: its file, database, settings and items. {@code Project}
 * implements it; services in {@code translate} and {@code prefer} take this handle instead of the {@code Project}
 * facade, because the facade aggregates their repositories and a dependency back on it would be a package cycle
 * (decision 0015).
 */
public interface OpenProject {

    /** The project file. */
    Path file();

    /** The underlying database, for writing several records in one transaction. */
    Database database();

    /** The project's settings as stored. */
    ProjectSettings settings();

    /** The project's items (restricted to a subset when the project is a restricted view). */
    Items items();
}
