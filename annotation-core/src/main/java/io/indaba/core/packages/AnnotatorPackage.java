package io.indaba.core.packages;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.project.Project;
import io.indaba.core.store.Clock;
import io.indaba.core.store.StoreException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An annotator package: a project file holding only what one annotator needs (settings, guidelines, their profile,
 * their assigned items with candidates, and their own earlier judgements; never gold answers or other annotators'
 * judgements), to be mailed out and merged back by judgement uid. Ids are kept, so a returned judgement points at
 * the same items and candidates.
 */
public final class AnnotatorPackage {

    /** The project setting that marks a file as a package, naming its annotator. */
    static final String ANNOTATOR_SETTING = "package.annotator";

    private AnnotatorPackage() {
    }

    /**
     * Writes the package to {@code out} (which must not exist). Items come from the annotator's assignment rows;
     * with none, every prompt item with candidates in a language the annotator reads is assigned in the package.
     */
    public static PackageContents export(Project project, String annotatorId, Path out) {
        Annotator annotator = project.annotators().all().stream().filter(a -> a.id().equals(annotatorId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no annotator '" + annotatorId + "'"));
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + ": already exists; choose another name");
        }
        List<Assignment> assignments = project.database().read(c -> assignments(c, annotator));
        boolean byLanguage = assignments.isEmpty();
        if (byLanguage) {
            assignments = project.database().read(c -> assignmentsByLanguage(c, annotator));
        }
        List<Assignment> granted = assignments;
        // Recorded in the lead's project: a returned package is held to this, not to its own (editable) settings.
        PackageGrant grant = project.database().write(c -> PackageGrant.record(c, annotatorId, granted));
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        deleteQuietly(partial);
        long[] counts;
        try (Project pkg = Project.create(partial, project.settings(), "package:" + annotatorId)) {
            // the profile first: assignment rows refer to it
            pkg.annotators().save(annotator, "package:" + annotatorId);
            List<Assignment> assigned = assignments;
            counts = project.database().read(src -> pkg.database().write(dst ->
                    PackageCopy.fill(src, dst, project.file(), annotator, assigned, grant.packageId())));
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(target + ": cannot write the package: " + e.getMessage(), e);
        }
        deleteQuietly(partial); // the lock file of the temporary name, which nothing else will open
        return new PackageContents(target, annotatorId, counts[0], counts[1], counts[2], byLanguage);
    }

    /** One item to judge in one language, with its display-order seed. */
    record Assignment(long itemId, String lang, long orderSeed, String createdAt) {
    }

    private static List<Assignment> assignments(Connection c, Annotator a) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, lang, order_seed, created_at FROM assignment "
                + "WHERE annotator_id = ? ORDER BY item_id, lang")) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Assignment(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static List<Assignment> assignmentsByLanguage(Connection c, Annotator a) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        if (a.languages().isEmpty()) {
            return out;
        }
        String now = Clock.now();
        String marks = String.join(", ", java.util.Collections.nCopies(a.languages().size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT k.item_id, COALESCE(k.lang_requested, "
                + "k.lang_detected) AS lang FROM candidate k JOIN item i ON i.id = k.item_id WHERE i.kind = 'prompt' "
                + "AND COALESCE(k.lang_requested, k.lang_detected) IN (" + marks + ") ORDER BY k.item_id, lang")) {
            int i = 1;
            for (String lang : a.languages().keySet()) {
                ps.setString(i++, lang);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long item = rs.getLong(1);
                    String lang = rs.getString(2);
                    // a stable seed: exporting the same package twice shows the candidates in the same order
                    long seed = (a.id() + "\0" + item + "\0" + lang).hashCode() * 0x9E3779B97F4A7C15L;
                    out.add(new Assignment(item, lang, seed, now));
                }
            }
        }
        return out;
    }

    /**
     * Merges a returned package's judgements by uid in one transaction: new ones are added, identical ones ignored,
     * and one whose content differs from the stored judgement is reported as a conflict and left as it is. Only
     * votes by the annotator the package was exported for, on the items assigned to them then (as recorded in this
     * project), are accepted; adjudications and everything else are refused and reported.
     */
    public static MergeReport merge(Project project, Path returned) {
        try (Project pkg = Project.openReadOnly(returned)) {
            String claimed = pkg.database().read(c -> setting(c, ANNOTATOR_SETTING));
            if (claimed == null) {
                throw new IllegalArgumentException(returned + " is not an annotator package (no " + ANNOTATOR_SETTING
                        + " setting)");
            }
            String packageId = pkg.database().read(c -> setting(c, PackageGrant.ID_SETTING));
            PackageGrant grant = project.database().read(c -> PackageGrant.find(c, packageId));
            if (grant == null) {
                throw new IllegalArgumentException(returned + " was not exported from this project (it has no record "
                        + "of this package); export a new package for " + claimed);
            }
            return pkg.database().read(src -> project.database().write(dst ->
                    PackageMerge.run(src, dst, grant, claimed, returned)));
        }
    }

    static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void deleteQuietly(Path p) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover partial file is harmless: its name starts with a dot and the next export replaces it
            }
        }
    }

    static Set<Long> ids(List<Assignment> assignments) {
        Set<Long> out = new TreeSet<>();
        assignments.forEach(a -> out.add(a.itemId()));
        return out;
    }
}
