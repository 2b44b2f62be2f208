package io.indaba.core.prefer;

import io.indaba.core.Cancelled;
import io.indaba.core.item.OpenProject;
import io.indaba.core.store.Json;
import io.indaba.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams a project's judgements one (item, language) block at a time in item order, with each block's prompt and
 * candidates. Three cursors walk the store side by side in item order (judgements, their items, their items'
 * candidates), so there is no query per block; memory holds a few batches of blocks, never the project.
 *
 * <p>The store is read on a thread of its own while the caller formats the blocks it has been handed: reading
 * (SQLite and decoding) and writing (formatting JSON) take about the same time, so an export runs on two cores at
 * once. Whatever goes wrong on either side stops both and reaches the caller.
 */
public final class JudgementBlocks {

    private static final String COLUMNS = "id, uid, item_id, annotator_id, lang, kind, candidate_a, candidate_b, "
            + "winner, strength, ranking, none_acceptable, display, ratings, flags, rationale, aids, time_on_task_ms, "
            + "guideline_version, adjudication, created_at";

    /** Blocks handed over together: the hand-off then costs nothing per block. */
    private static final int BATCH = 256;
    /** Batches read ahead of the caller: bounds memory at a few thousand blocks whatever the project's size. */
    private static final int AHEAD = 4;
    private static final Object END = new Object();

    private JudgementBlocks() {
    }

    /**
     * Calls {@code action} on the calling thread for every block, optionally only of judgements in {@code lang}.
     * An exception from {@code action} stops the reading and is rethrown; so is one from the reading.
     */
    public static void forEach(OpenProject project, String lang, Consumer<JudgementBlock> action) {
        forEach(project, lang, Function.identity(), action);
    }

    /**
     * Like {@link #forEach(OpenProject, String, Consumer)}, with {@code prepare} applied to each block on the reading
     * thread, in order, and its result handed to {@code action}: work that depends only on the block (such as
     * escaping its texts) then runs beside the caller's.
     */
    public static <T> void forEach(OpenProject project, String lang, Function<JudgementBlock, T> prepare,
                                   Consumer<T> action) {
        Map<String, Map<String, Proficiency>> profiles = new HashMap<>();
        for (Annotator a : new Annotators(project.database()).all()) {
            profiles.put(a.id(), a.languages());
        }
        BlockingQueue<Object> handed = new ArrayBlockingQueue<>(AHEAD);
        Thread reader = Thread.ofPlatform().daemon().name("indaba-judgement-reader").start(() -> {
            Object last = END;
            try {
                project.database().read(c -> {
                    read(c, lang, profiles, prepare, handed);
                    return null;
                });
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException | Error e) {
                last = e;
            }
            try {
                handed.put(last);
            } catch (InterruptedException e) {
                // the caller stopped listening
            }
        });
        try {
            while (true) {
                Object next = handed.take();
                if (next == END) {
                    break;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<T> batch = (List<T>) next;
                batch.forEach(action);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } finally {
            reader.interrupt();
            boolean interrupted = false;
            while (reader.isAlive()) {
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The reader was told to stop because the caller has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static <T> void read(Connection c, String lang, Map<String, Map<String, Proficiency>> profiles,
                                 Function<JudgementBlock, T> prepare, BlockingQueue<Object> handed)
            throws SQLException {
        String filter = lang == null ? "" : " WHERE lang = ?";
        String judged = " IN (SELECT item_id FROM judgement" + filter + ")";
        // (item_id, lang, id) is the order of the judgement_item index, and the IN lists are walked in item order,
        // so SQLite streams all three without sorting
        try (PreparedStatement js = c.prepareStatement("SELECT " + COLUMNS + " FROM judgement" + filter
                + " ORDER BY item_id, lang, id");
             PreparedStatement items = c.prepareStatement("SELECT id, external_id, fields, meta, source_lang FROM item "
                     + "WHERE id" + judged + " ORDER BY id");
             PreparedStatement cands = c.prepareStatement("SELECT item_id, id, body, lang_requested, lang_detected, "
                     + "model, backend, params, seed, origin, meta FROM candidate WHERE item_id" + judged
                     + " ORDER BY item_id, id")) {
            if (lang != null) {
                js.setString(1, lang);
                items.setString(1, lang);
                cands.setString(1, lang);
            }
            try (ResultSet jr = js.executeQuery();
                 ResultSet ir = items.executeQuery();
                 ResultSet cr = cands.executeQuery()) {
                Side side = new Side(ir, cr);
                List<T> batch = new ArrayList<>(BATCH);
                List<Judgement> pending = new ArrayList<>();
                while (jr.next()) {
                    Judgement j = Judgements.read(jr);
                    if (!pending.isEmpty() && (pending.get(0).itemId() != j.itemId()
                            || !pending.get(0).lang().equals(j.lang()))) {
                        batch = add(batch, prepare.apply(side.block(pending, profiles)), handed);
                        pending = new ArrayList<>();
                    }
                    pending.add(j);
                }
                if (!pending.isEmpty()) {
                    batch = add(batch, prepare.apply(side.block(pending, profiles)), handed);
                }
                if (!batch.isEmpty()) {
                    hand(batch, handed);
                }
            }
        }
    }

    private static <T> List<T> add(List<T> batch, T block, BlockingQueue<Object> handed) {
        batch.add(block);
        if (batch.size() < BATCH) {
            return batch;
        }
        hand(batch, handed);
        return new ArrayList<>(BATCH);
    }

    private static void hand(List<?> batch, BlockingQueue<Object> handed) {
        try {
            handed.put(batch);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    /**
     * The item and candidate cursors, advanced in step with the judgements; an item judged in several languages is
     * read once and shared by its blocks.
     */
    private static final class Side {
        private final ResultSet items;
        private final ResultSet candidates;
        private long itemId = -1;
        private JudgementBlock.Prompt prompt;
        private Map<Long, JudgementBlock.Response> responses = Map.of();
        /** Whether {@link #candidates} stands on a row not yet taken. */
        private boolean candidateAhead;
        private boolean candidatesDone;

        Side(ResultSet items, ResultSet candidates) {
            this.items = items;
            this.candidates = candidates;
        }

        JudgementBlock block(List<Judgement> js, Map<String, Map<String, Proficiency>> profiles) throws SQLException {
            long id = js.get(0).itemId();
            String lang = js.get(0).lang();
            if (id != itemId) {
                prompt = prompt(id);
                responses = responses(id);
                itemId = id;
            }
            Map<String, Proficiency> proficiency = new HashMap<>();
            for (Judgement j : js) {
                Map<String, Proficiency> langs = profiles.get(j.annotatorId());
                if (langs != null && langs.get(lang) != null) {
                    proficiency.put(j.annotatorId(), langs.get(lang));
                }
            }
            return new JudgementBlock(prompt, lang, List.copyOf(js), responses, proficiency);
        }

        private JudgementBlock.Prompt prompt(long id) throws SQLException {
            while (items.next()) {
                long at = items.getLong(1);
                if (at == id) {
                    Map<String, String> fields = Json.stringMap(items.getString(3));
                    Map<String, String> meta = Json.stringMap(items.getString(4));
                    String text = fields.getOrDefault("prompt", String.join("\n\n", fields.values()));
                    return new JudgementBlock.Prompt(id, items.getString(2), text, meta.get("messages"),
                            meta.getOrDefault("lang", items.getString(5)));
                }
                if (at > id) {
                    break;
                }
            }
            throw new StoreException("judgement refers to missing item " + id);
        }

        private Map<Long, JudgementBlock.Response> responses(long id) throws SQLException {
            Map<Long, JudgementBlock.Response> out = new HashMap<>();
            while (!candidatesDone) {
                if (!candidateAhead && !candidates.next()) {
                    candidatesDone = true;
                    break;
                }
                candidateAhead = true;
                long at = candidates.getLong(1);
                if (at > id) {
                    break;
                }
                candidateAhead = false;
                if (at == id) {
                    long seed = candidates.getLong(9);
                    Long seedValue = candidates.wasNull() ? null : seed;
                    String requested = candidates.getString(4);
                    long candidateId = candidates.getLong(2);
                    CandidateScores scores = CandidateScores.of(candidates.getString(11));
                    out.put(candidateId, new JudgementBlock.Response(candidateId, candidates.getString(3),
                            requested != null ? requested : candidates.getString(5), candidates.getString(6),
                            candidates.getString(7), candidates.getString(8), seedValue, candidates.getString(10),
                            scores.score(), scores.ratings(), scores.turns()));
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
