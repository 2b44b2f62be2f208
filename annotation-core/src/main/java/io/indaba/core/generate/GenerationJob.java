package io.indaba.core.generate;

import io.indaba.core.Progress;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.project.Project;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import io.indaba.plugin.ServerIdentity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills a project's prompts with candidates from one endpoint: asks for each missing sample with {@code seed + i},
 * at most {@code concurrency} at once, and stores each response as soon as it is whole, with its provenance. A
 * killed run loses only the requests in flight; the next run with the same settings asks for exactly those again.
 */
public final class GenerationJob {

    private final Project project;
    private final String backendId;
    private final InferenceClient client;
    private final JobSettings settings;
    private final int concurrency;
    private final Duration deadline;
    private final String actor;

    public GenerationJob(Project project, String backendId, InferenceClient client, JobSettings settings,
                         int concurrency, Duration deadline, String actor) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        this.project = project;
        this.backendId = backendId;
        this.client = client;
        this.settings = settings;
        this.concurrency = concurrency;
        this.deadline = deadline;
        this.actor = actor;
    }

    /** Runs to the end: every missing sample asked for once, with the client's own retries. */
    public GenerationReport run(Progress progress) throws InterruptedException {
        ServerIdentity server = client.health();
        List<Sample> samples = PromptSamples.missing(project.database(), settings);
        GenerationJobs.Job job = GenerationJobs.start(project.database(), settings, actor);
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger truncated = new AtomicInteger();
        AtomicInteger offTarget = new AtomicInteger();
        AtomicReference<String> lastError = new AtomicReference<>();
        boolean interrupted = false;
        boolean cancelled = false;
        Set<Generation> inFlight = ConcurrentHashMap.newKeySet();
        try {
            for (Sample s : samples) {
                slots.acquire();
                if (progress.cancelled()) {
                    slots.release();
                    cancelled = true;
                    inFlight.forEach(io.indaba.plugin.Generation::cancel);
                    break;
                }
                GenerationRequest request = new GenerationRequest(s.model(), s.messages(), null, sampling(s), deadline,
                        settings.options());
                CompletableFuture<GenerationResult> result;
                Generation generation = null;
                try {
                    generation = client.generate(request, GenerationListener.NONE);
                    inFlight.add(generation);
                    result = generation.result();
                } catch (RuntimeException refused) {
                    result = CompletableFuture.failedFuture(refused);
                }
                Generation started = generation;
                result.whenComplete((r, e) -> {
                    try {
                        if (e != null) {
                            failed.incrementAndGet();
                            lastError.set(s.itemExternalId() + " " + s.key() + ": " + message(e));
                        } else {
                            List<String> flags = store(s, request.sampling(), r, server, job.id());
                            if (flags != null) {
                                stored.incrementAndGet();
                                truncated.addAndGet(flags.contains(ResponseCheck.TRUNCATED) ? 1 : 0);
                                offTarget.addAndGet(flags.contains(ResponseCheck.OFF_TARGET_SCRIPT) ? 1 : 0);
                            }
                        }
                    } catch (RuntimeException storeFailed) {
                        failed.incrementAndGet();
                        lastError.set(s.itemExternalId() + " " + s.key() + ": " + storeFailed.getMessage());
                    } finally {
                        if (started != null) {
                            inFlight.remove(started);
                        }
                        progress.update(done.incrementAndGet(), samples.size());
                        slots.release();
                    }
                });
            }
            slots.acquire(concurrency); // every request has ended
        } catch (InterruptedException e) {
            interrupted = true;
            inFlight.forEach(Generation::cancel);
            throw e;
        } finally {
            GenerationJobs.finish(project.database(), job.id(), samples.size(), stored.get(),
                    failed.get(), lastError.get(), interrupted || cancelled);
        }
        return new GenerationReport(job.id(), job.resumed(), server.label(), samples.size(), stored.get(), failed.get(),
                truncated.get(), offTarget.get(), lastError.get());
    }

    private Sampling sampling(Sample s) {
        return new Sampling(settings.temperature(), settings.topP(), settings.topK(), settings.maxTokens(), List.of(),
                settings.seed() + s.index(), 1);
    }

    /** Stores one response unless its sample is already stored; returns its flags, or null when it was a duplicate. */
    private List<String> store(Sample s, Sampling sent, GenerationResult r, ServerIdentity server, long jobId) {
        GenerationResult.Choice choice = r.choices().get(0);
        List<String> flags = ResponseCheck.flags(choice.text(), s.lang(), choice.finishReason());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("first_token_ms", choice.firstTokenMillis());
        timing.put("total_ms", choice.totalMillis());
        timing.put("attempts", choice.attempts());
        r.serverTimings().forEach((name, ms) -> timing.put("server_" + name + "_ms", ms));
        Map<String, Object> usage = new LinkedHashMap<>();
        if (r.usage().promptTokens() >= 0) {
            usage.put("prompt_tokens", r.usage().promptTokens());
        }
        if (r.usage().completionTokens() >= 0) {
            usage.put("completion_tokens", r.usage().completionTokens());
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("endpoint", settings.endpoint());
        meta.put("server", server.name());
        meta.put("server_version", server.version());
        meta.put("generation_job", jobId);
        meta.put("sample_index", s.index());
        meta.put("finish_reason", choice.finishReason());
        meta.put("system_prompt", PromptSamples.system(settings, s.lang()));
        meta.put("script", ResponseCheck.scriptOf(choice.text()));
        meta.put("flags", flags);
        meta.values().removeIf(java.util.Objects::isNull);
        Map<String, Object> params = new LinkedHashMap<>(sent.asRecord());
        params.putAll(settings.options());
        Candidate k = new Candidate(0, s.itemId(), s.key(), choice.text(), s.lang(), null, "generated", null,
                backendId, s.model(), params, sent.seed(), timing, usage, meta, null);
        boolean added = project.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM candidate WHERE item_id = ? AND external_id = ? "
                    + "AND origin = 'generated'")) {
                ps.setLong(1, s.itemId());
                ps.setString(2, s.key());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            Candidates.add(c, k, actor);
            return true;
        });
        return added ? flags : null;
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof BackendException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
