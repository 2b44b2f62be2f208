package io.indaba.core.generate;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendException;
import io.indaba.plugin.GenerationEvent;
import io.indaba.plugin.Generation;
import io.indaba.plugin.GenerationListener;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ServerIdentity;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a project's prompts with candidates from one endpoint: asks for each missing sample with {@code seed + i},
 * at most {@code concurrency} at once, and stores each response as soon as it is whole, with its provenance. A
 * killed run loses only the requests in flight; the next run with the same settings asks for exactly those again.
 */
public final class GenerationJob {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationJob.class);

    private final Project project;
    private final String backendId;
    private final InferenceClient client;
    private final JobSettings settings;
    private final int concurrency;
    private final Duration deadline;
    private final String actor;
    private final ApiKey key;
    private final AtomicInteger requestIds = new AtomicInteger();

    public GenerationJob(Project project, String backendId, InferenceClient client, JobSettings settings,
                         int concurrency, Duration deadline, String actor) {
        this(project, backendId, client, settings, concurrency, deadline, actor, ApiKey.NONE);
    }

    /** A job whose log lines have {@code key} scrubbed from anything a server sent back. */
    public GenerationJob(Project project, String backendId, InferenceClient client, JobSettings settings,
                         int concurrency, Duration deadline, String actor, ApiKey key) {
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
        this.key = key;
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
        SampleStore store = new SampleStore(project, backendId, settings, job.id(), actor);
        LOG.info("job {} {}: {} samples of {} from {} ({})", job.id(), job.resumed() ? "resumed" : "started",
                samples.size(), settings.models(), settings.endpoint(), server.label());
        progress.update(0, samples.size()); // the total is known before the first response: an estimate can start
        try {
            for (Sample s : samples) {
                slots.acquire();
                if (progress.cancelled()) {
                    slots.release();
                    cancelled = true;
                    inFlight.forEach(io.indaba.plugin.Generation::cancel);
                    break;
                }
                GenerationRequest request = new GenerationRequest(s.model(), s.messages(), null, SampleStore.sampling(settings, s.index()), deadline,
                        settings.options());
                CompletableFuture<GenerationResult> result;
                Generation generation = null;
                String requestId = "j" + job.id() + "-" + requestIds.incrementAndGet();
                LOG.info("request {} sent: prompt {} sample {}", requestId, s.itemExternalId(), s.key());
                try {
                    generation = client.generate(request, retriesLogged(requestId));
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
                            LOG.warn("request {} failed: {}", requestId, key.redact(message(e)));
                        } else {
                            List<String> flags = store(store, s, r, server);
                            GenerationResult.Choice c = r.choices().get(0);
                            LOG.info("request {} answered in {} ms after {} attempt(s), finish {}{}", requestId,
                                    c.totalMillis(), c.attempts(), c.finishReason(),
                                    flags == null ? ", already stored" : "");
                            if (flags != null) {
                                stored.incrementAndGet();
                                truncated.addAndGet(flags.contains(ResponseCheck.TRUNCATED) ? 1 : 0);
                                offTarget.addAndGet(flags.contains(ResponseCheck.OFF_TARGET_SCRIPT) ? 1 : 0);
                            }
                        }
                    } catch (RuntimeException storeFailed) {
                        failed.incrementAndGet();
                        lastError.set(s.itemExternalId() + " " + s.key() + ": " + storeFailed.getMessage());
                        LOG.warn("request {} not stored: {}", requestId, key.redact(storeFailed.getMessage()));
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
            LOG.info("job {} ended{}: {} asked, {} stored, {} failed", job.id(),
                    interrupted || cancelled ? " (cancelled)" : "", samples.size(), stored.get(), failed.get());
            GenerationJobs.finish(project.database(), job.id(), samples.size(), stored.get(),
                    failed.get(), lastError.get(), interrupted || cancelled);
        }
        return new GenerationReport(job.id(), job.resumed(), server.label(), samples.size(), stored.get(), failed.get(),
                truncated.get(), offTarget.get(), lastError.get());
    }

    /** Logs each retry as it happens; the reason may quote the server, so the key is scrubbed from it. */
    private GenerationListener retriesLogged(String requestId) {
        return event -> {
            if (event instanceof GenerationEvent.Retrying retry) {
                LOG.warn("request {} retry {}: {}", requestId, retry.attempt(), key.redact(retry.reason()));
            }
        };
    }

    /** Stores one response unless its sample is already stored; returns its flags, or null when it was a duplicate. */
    private static List<String> store(SampleStore samples, Sample s, GenerationResult r, ServerIdentity server) {
        GenerationResult.Choice choice = r.choices().get(0);
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("first_token_ms", choice.firstTokenMillis());
        timing.put("total_ms", choice.totalMillis());
        timing.put("attempts", choice.attempts());
        r.serverTimings().forEach((name, ms) -> timing.put("server_" + name + "_ms", ms));
        return samples.store(s, r, server, timing);
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof BackendException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
