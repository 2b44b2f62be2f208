package io.indaba.core.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.Sampling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the samples a job still needs as an OpenAI Batch input file ({@code vllm run-batch}, OpenAI's Batch API)
 * instead of asking a server. The job is recorded like a live one, so its results import with the same provenance.
 */
public final class BatchRequests {

    /** The protocol recorded for a batch job; it never talks to a server itself. */
    public static final String PROTOCOL = "openai-batch";

    /** What was written: the job and the number of requests in the file. */
    public record Report(long job, boolean resumed, int requests, String file) {
    }

    private BatchRequests() {
    }

    /** The settings of a batch job: a live job's, without an endpoint. */
    public static JobSettings settings(JobSettings live) {
        return new JobSettings(null, PROTOCOL, live.models(), live.candidates(), live.responseLang(),
                live.systemPrompt(), live.temperature(), live.topP(), live.topK(), live.maxTokens(), live.seed(),
                live.options());
    }

    /** Writes one request per missing sample to {@code out}, replacing it whole or not at all. */
    public static Report write(Project project, JobSettings settings, Path out, String actor) {
        List<Sample> samples = PromptSamples.missing(project.database(), settings);
        GenerationJobs.Job job = GenerationJobs.start(project.database(), settings, actor);
        Path dir = out.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Sample s : samples) {
                    w.write(line(job.id(), s, settings));
                    w.write('\n');
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        GenerationJobs.batchWritten(project.database(), job.id(), samples.size());
        return new Report(job.id(), job.resumed(), samples.size(), out.toString());
    }

    /** One request line; the body holds what a live job sends, without streaming. */
    static String line(long job, Sample s, JobSettings settings) {
        Sampling sampling = SampleStore.sampling(settings, s.index());
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("custom_id", BatchId.of(job, s).text());
        line.put("method", "POST");
        line.put("url", "/v1/chat/completions");
        ObjectNode body = line.putObject("body");
        body.put("model", s.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : s.messages()) {
            messages.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("temperature", sampling.temperature());
        body.put("top_p", sampling.topP());
        if (sampling.topK() > 0) {
            body.put("top_k", sampling.topK()); // vLLM takes it; OpenAI's own API does not, so -1 is left out
        }
        body.put("max_tokens", sampling.maxTokens());
        body.putArray("stop");
        body.put("seed", sampling.seed());
        body.put("n", sampling.n());
        settings.options().forEach((k, v) -> {
            if (!body.has(k)) {
                body.putPOJO(k, v);
            }
        });
        return line.toString();
    }
}
