package io.indaba.core.translate;

import io.indaba.core.Progress;
import io.indaba.core.item.OpenProject;
import io.indaba.core.store.EventLog;
import io.indaba.core.store.Json;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Batch pre-translation: an LLM draft for every item field still untranslated in one language, stored the way
 * imported machine translations are ({@code tm_entry}, origin {@code mt:llm:<model>}, meta item and field), so the
 * editor offers it as a machine draft. Translations are never touched. Each draft is committed as it arrives and a
 * rerun asks only for the fields still without one.
 */
public final class Pretranslation {

    /** What a run did. */
    public record Report(String origin, int requested, int stored, int failed, String lastError) {
    }

    private record Field(String item, String field, String text) {
    }

    private final OpenProject project;
    private final LlmDrafter drafter;
    private final String actor;

    public Pretranslation(OpenProject project, LlmDrafter drafter, String actor) {
        this.project = project;
        this.drafter = drafter;
        this.actor = actor;
    }

    /** The origin the drafts are stored under; the editor shows them as {@code imported-mt:llm:<model>}. */
    public String origin() {
        return TranslationMemory.MACHINE_ORIGIN_PREFIX + LlmDrafter.ID + ":" + drafter.model();
    }

    /** Drafts every field of {@code lang} with neither a translation nor a draft of this origin. */
    public Report run(String lang, int concurrency, Progress progress) throws InterruptedException {
        String source = project.settings().sourceLang();
        List<Field> missing = project.database().read(c -> untranslated(c, lang));
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> lastError = new AtomicReference<>();
        List<CompletableFuture<List<Draft>>> inFlight = new ArrayList<>();
        try {
            for (Field f : missing) {
                slots.acquire();
                if (progress.cancelled()) {
                    slots.release();
                    break;
                }
                CompletableFuture<List<Draft>> draft;
                try {
                    draft = drafter.draft(new DraftRequest(source, lang, f.text(),
                            Map.of("item", f.item(), "field", f.field())));
                } catch (RuntimeException refused) {
                    draft = CompletableFuture.failedFuture(refused);
                }
                inFlight.add(draft);
                draft.whenComplete((drafts, e) -> {
                    try {
                        if (e != null) {
                            failed.incrementAndGet();
                            lastError.set(f.item() + " " + f.field() + ": " + e.getMessage());
                        } else if (!drafts.isEmpty() && store(source, lang, f, drafts.get(0))) {
                            stored.incrementAndGet();
                        }
                    } catch (RuntimeException storeFailed) {
                        failed.incrementAndGet();
                        lastError.set(f.item() + " " + f.field() + ": " + storeFailed.getMessage());
                    } finally {
                        progress.update(done.incrementAndGet(), missing.size());
                        slots.release();
                    }
                });
            }
            slots.acquire(concurrency);
        } catch (InterruptedException e) {
            inFlight.forEach(d -> d.cancel(true));
            throw e;
        }
        Report report = new Report(origin(), missing.size(), stored.get(), failed.get(), lastError.get());
        project.database().write(c -> {
            EventLog.append(c, actor, "mt.pretranslated", "tm_entry", origin(), Map.of("lang", lang,
                    "requested", report.requested(), "stored", report.stored(), "failed", report.failed()));
            return null;
        });
        return report;
    }

    /** Stores one draft unless the field got a translation or a draft of this origin meanwhile. */
    private boolean store(String source, String lang, Field f, Draft d) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("item", f.item());
        meta.put("field", f.field());
        meta.putAll(d.provenance());
        return project.database().write(c -> {
            if (done(c, lang, f)) {
                return false;
            }
            MemoryEntries.insert(c, MemoryEntry.of(source, lang, f.text(), d.text(), origin(), meta));
            return true;
        });
    }

    private boolean done(Connection c, String lang, Field f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tm_entry WHERE origin = ? AND target_lang = ? "
                + "AND json_extract(meta, '$.item') = ? AND json_extract(meta, '$.field') = ? "
                + "UNION ALL SELECT 1 FROM translation t JOIN item i ON i.id = t.item_id WHERE i.external_id = ? "
                + "AND t.field = ? AND t.lang = ? AND trim(t.body) <> ''")) {
            ps.setString(1, origin());
            ps.setString(2, lang);
            ps.setString(3, f.item());
            ps.setString(4, f.field());
            ps.setString(5, f.item());
            ps.setString(6, f.field());
            ps.setString(7, lang);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<Field> untranslated(Connection c, String lang) throws SQLException {
        Set<String> skip = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.external_id, t.field FROM translation t JOIN item i "
                + "ON i.id = t.item_id WHERE t.lang = ? AND trim(t.body) <> '' UNION ALL SELECT "
                + "json_extract(meta, '$.item'), json_extract(meta, '$.field') FROM tm_entry WHERE origin = ? "
                + "AND target_lang = ?")) {
            ps.setString(1, lang);
            ps.setString(2, origin());
            ps.setString(3, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skip.add(rs.getString(1) + "\0" + rs.getString(2));
                }
            }
        }
        List<Field> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT external_id, fields FROM item ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String item = rs.getString(1);
                Json.stringMap(rs.getString(2)).forEach((field, text) -> {
                    if (text != null && !text.isBlank() && !skip.contains(item + "\0" + field)) {
                        out.add(new Field(item, field, text));
                    }
                });
            }
        }
        return out;
    }
}
