package io.indaba.core.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.ServerIdentity;
import io.indaba.plugin.Usage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OpenAI Batch output file (what {@code vllm run-batch} and OpenAI's Batch API write) back into the
 * project: each answered request becomes the candidate its {@code custom_id} names, with its job's provenance. A
 * sample already stored is skipped, so importing twice adds nothing; failed requests stay missing for the next run.
 */
public final class BatchResults {

    /**
     * What an import did; {@code failures} names each request that came back without a response; {@code truncated}
     * and {@code offTarget} count the stored responses flagged so (see {@link ResponseCheck}).
     */
    public record Report(int stored, int alreadyStored, List<String> failures, int truncated, int offTarget) {
    }

    private BatchResults() {
    }

    /** Imports the whole file in one transaction: a damaged line keeps nothing. */
    public static Report importFile(Project project, Path file, String actor) {
        return project.database().write(c -> read(c, project, file, actor));
    }

    private static Report read(Connection c, Project project, Path file, String actor) throws SQLException {
        Map<Long, SampleStore> stores = new HashMap<>();
        Map<Long, Integer> storedPerJob = new HashMap<>();
        int stored = 0;
        int already = 0;
        int truncated = 0;
        int offTarget = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = parse(file, n, text);
                BatchId id = BatchId.parse(line.path("custom_id").asText(null));
                SampleStore store = stores.get(id.job());
                if (store == null) {
                    String at = where(file, n);
                    JobSettings settings = GenerationJobs.settings(c, id.job()).orElseThrow(() ->
                            new IllegalArgumentException(at + "generation job " + id.job()
                                    + " is not in this project; import results into the project that wrote the batch"));
                    store = new SampleStore(project, BatchRequests.PROTOCOL, settings, id.job(), actor);
                    stores.put(id.job(), store);
                }
                String failure = failure(line);
                if (failure != null) {
                    failures.add(id.text() + ": " + failure);
                    continue;
                }
                JsonNode body = line.path("response").path("body");
                JsonNode choice = body.path("choices").path(0);
                GenerationResult result = new GenerationResult(List.of(new GenerationResult.Choice(0,
                        choice.path("message").path("content").asText(""), choice.path("finish_reason").asText(null),
                        0, -1, -1, 1, Usage.UNKNOWN)), usage(body.path("usage")), null);
                Sample s = new Sample(id.itemId(), null, List.of(), id.model(), id.lang(), id.index());
                requireItem(c, file, n, id);
                Map<String, Object> timing = Map.of();
                List<String> flags = store.store(s, result, new ServerIdentity(BatchRequests.PROTOCOL, null, null),
                        timing);
                if (flags != null) {
                    stored++;
                    truncated += flags.contains(ResponseCheck.TRUNCATED) ? 1 : 0;
                    offTarget += flags.contains(ResponseCheck.OFF_TARGET_SCRIPT)
                            || flags.contains(ResponseCheck.OFF_TARGET_LANGUAGE) ? 1 : 0;
                    storedPerJob.merge(id.job(), 1, Integer::sum);
                } else {
                    already++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (Map.Entry<Long, Integer> e : storedPerJob.entrySet()) {
            GenerationJobs.addGenerated(c, e.getKey(), e.getValue());
        }
        return new Report(stored, already, failures, truncated, offTarget);
    }

    /** Why a line carries no response, or null when it does. */
    private static String failure(JsonNode line) {
        JsonNode error = line.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            return error.path("message").asText(error.toString());
        }
        JsonNode response = line.path("response");
        int status = response.path("status_code").asInt(0);
        if (status != 200) {
            JsonNode bodyError = response.path("body").path("error");
            return "HTTP " + status + (bodyError.isMissingNode() ? "" : " " + bodyError.path("message").asText(""));
        }
        if (!response.path("body").path("choices").path(0).path("message").has("content")) {
            return "the response has no message content";
        }
        return null;
    }

    private static Usage usage(JsonNode u) {
        return new Usage(u.path("prompt_tokens").asLong(-1), u.path("completion_tokens").asLong(-1));
    }

    private static void requireItem(Connection c, Path file, int n, BatchId id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM item WHERE id = ? AND kind = 'prompt'")) {
            ps.setLong(1, id.itemId());
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(where(file, n) + "prompt item " + id.itemId()
                            + " is not in this project");
                }
            }
        }
    }

    private static JsonNode parse(Path file, int n, String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(where(file, n) + "not JSON: " + e.getMessage());
        }
    }

    private static String where(Path file, int n) {
        return file.getFileName() + " line " + n + ": ";
    }
}
