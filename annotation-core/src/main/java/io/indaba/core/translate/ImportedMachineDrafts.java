package io.indaba.core.translate;

import io.indaba.core.item.OpenProject;
import io.indaba.core.store.Database;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Machine translations delivered as files (e.g. Google output of an MMLU CSV), stored in {@code tm_entry} with
 * origin {@code mt:<file name>} and offered as drafts for the item field they translate.
 */
public final class ImportedMachineDrafts implements Drafter {

    /** The drafter id recorded with each draft. */
    public static final String ID = "imported-mt";

    private final Database db;
    private final String sourceLang;
    private final Executor executor;
    // Per pair: item external id + field → drafts, newest file first. Dropped on import; loads and drops share a
    // lock so a load that read before an import committed cannot outlive the drop.
    private final Map<LanguagePair, Map<List<String>, List<Draft>>> byPair = new ConcurrentHashMap<>();
    private final Object cacheLock = new Object();

    public ImportedMachineDrafts(Database db, String sourceLang, Executor executor) {
        this.db = db;
        this.sourceLang = sourceLang;
        this.executor = executor;
    }

    /** The drafts of an open project, looked up on {@code executor}. */
    public static ImportedMachineDrafts of(OpenProject project, Executor executor) {
        return new ImportedMachineDrafts(project.database(), project.settings().sourceLang(), executor);
    }

    /**
     * Imports a machine translation of an MMLU CSV ({@code <subject>_<split>_<lang>.csv}, headerless
     * question,A,B,C,D,answer), all or nothing; importing the same file name again replaces its drafts.
     */
    public MachineDraftImport importFile(Path file, String actor) {
        MachineTranslationFile mt = MachineTranslationFile.read(file);
        String origin = TranslationMemory.MACHINE_ORIGIN_PREFIX + file.getFileName();
        MachineDraftImport result = db.write(c -> {
            MemoryEntries.deleteOrigin(c, origin);
            int drafts = 0;
            int unmatched = 0;
            try (PreparedStatement item = c.prepareStatement("SELECT fields FROM item WHERE external_id = ?")) {
                for (MachineTranslationFile.Row row : mt.rows) {
                    Map<String, String> source = itemFields(item, row.externalId());
                    unmatched += source == null ? 1 : 0;
                    for (int i = 0; i < MachineTranslationFile.FIELDS.size(); i++) {
                        String field = MachineTranslationFile.FIELDS.get(i);
                        String text = row.texts().get(i);
                        if (text.isBlank()) {
                            continue;
                        }
                        MemoryEntries.insert(c, MemoryEntry.of(sourceLang, mt.targetLang,
                                source == null ? "" : source.getOrDefault(field, ""), text, origin,
                                Map.of("item", row.externalId(), "field", field)));
                        drafts++;
                    }
                }
            }
            EventLog.append(c, actor, "mt.imported", "tm_entry", origin, Map.of("rows", mt.rows.size(),
                    "drafts", drafts, "lang", mt.targetLang));
            return new MachineDraftImport(origin, mt.targetLang, mt.rows.size(), drafts, unmatched);
        });
        synchronized (cacheLock) {
            byPair.clear();
        }
        return result;
    }

    private static Map<String, String> itemFields(PreparedStatement ps, String externalId) throws SQLException {
        ps.setString(1, externalId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Json.stringMap(rs.getString(1)) : null;
        }
    }

    /** The stored drafts for one item field into {@code targetLang}, newest import first. */
    public List<Draft> draftsFor(String targetLang, String itemExternalId, String field) {
        return drafts(sourceLang, targetLang).getOrDefault(List.of(itemExternalId, field), List.of());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Imported machine translation";
    }

    @Override
    public boolean supports(String from, String to) {
        return !drafts(from, to).isEmpty();
    }

    /** Drafts for {@code context.get("item")} (external id) and {@code context.get("field")}; none without them. */
    @Override
    public CompletableFuture<List<Draft>> draft(DraftRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            String item = request.context().get("item");
            String field = request.context().get("field");
            if (item == null || field == null) {
                return List.of();
            }
            return drafts(request.sourceLang(), request.targetLang()).getOrDefault(List.of(item, field), List.of());
        }, executor);
    }

    private Map<List<String>, List<Draft>> drafts(String from, String to) {
        LanguagePair pair = new LanguagePair(from, to);
        Map<List<String>, List<Draft>> cached = byPair.get(pair);
        if (cached != null) {
            return cached;
        }
        synchronized (cacheLock) {
            return byPair.computeIfAbsent(pair, p -> db.read(c -> load(c, p)));
        }
    }

    private static Map<List<String>, List<Draft>> load(Connection c, LanguagePair pair) throws SQLException {
        Map<List<String>, List<Draft>> out = new ConcurrentHashMap<>();
        MemoryEntries.forTarget(c, pair.target(), TranslationMemory.MACHINE_ORIGIN_PREFIX, true, e -> {
            String item = e.meta().get("item");
            String field = e.meta().get("field");
            if (item != null && field != null && pair.covers(e.sourceLang(), e.targetLang())) {
                String file = e.origin().substring(TranslationMemory.MACHINE_ORIGIN_PREFIX.length());
                // Entries come oldest first; the newest import of an item field is offered first.
                // The entry's meta carries how a pre-translated draft was made (model, endpoint, sampling).
                Map<String, String> provenance = new LinkedHashMap<>(e.meta());
                provenance.put("origin", e.origin());
                out.computeIfAbsent(List.of(item, field), k -> new ArrayList<>()).add(0, new Draft(e.targetText(), ID,
                        file, provenance));
            }
        });
        return out;
    }
}
