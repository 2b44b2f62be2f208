package io.indaba.core.translate;

import io.indaba.core.item.Items;
import io.indaba.core.item.OpenProject;
import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Offers the best translation-memory match of at least {@value #MIN_PERCENT}% as a draft, labelled "tm". */
public final class MemoryDrafter implements Drafter {

    /** The drafter id recorded with each draft. */
    public static final String ID = "tm";
    /** Below this a match is more work to fix than to translate afresh. */
    public static final int MIN_PERCENT = 75;

    private final TranslationMemory memory;
    private final Items items;
    private final Executor executor;

    public MemoryDrafter(TranslationMemory memory, Items items, Executor executor) {
        this.memory = memory;
        this.items = items;
        this.executor = executor;
    }

    /** The drafter of an open project's memory, looked up on {@code executor}. */
    public static MemoryDrafter of(OpenProject project, TranslationMemory memory, Executor executor) {
        return new MemoryDrafter(memory, project.items(), executor);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Translation memory";
    }

    @Override
    public boolean supports(String sourceLang, String targetLang) {
        return true;
    }

    /**
     * The best match for the request's text; the item field named by {@code context "item"} (external id) or
     * {@code "itemId"} and {@code "field"} is left out so a segment never drafts itself.
     */
    @Override
    public CompletableFuture<List<Draft>> draft(DraftRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            String field = request.context().getOrDefault("field", "");
            TmQuery query = new TmQuery(request.sourceLang(), request.targetLang(), request.text(), itemId(request),
                    field, MIN_PERCENT, 1);
            return memory.matches(query).stream().map(m -> new Draft(m.target(), ID, null, Map.of(
                    "percentage", Integer.toString(m.percentage()), "origin", m.origin(), "source", m.source(),
                    "item", Long.toString(m.itemId()), "field", m.field()))).toList();
        }, executor);
    }

    private long itemId(DraftRequest request) {
        String id = request.context().get("itemId");
        if (id != null) {
            try {
                return Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("context itemId is not a number: " + id, e);
            }
        }
        String external = request.context().get("item");
        return external == null ? 0 : items.byExternalId(external).map(i -> i.id()).orElse(0L);
    }
}
