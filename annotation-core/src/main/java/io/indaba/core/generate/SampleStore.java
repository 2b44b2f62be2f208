package io.indaba.core.generate;

import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Candidates;
import io.indaba.core.project.Project;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.Sampling;
import io.indaba.plugin.ServerIdentity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores one sample's response with its provenance unless that sample is already stored: the one place a live job
 * and an imported batch result become a candidate, so both carry the same record and neither can duplicate it.
 */
final class SampleStore {

    private final Project project;
    private final String backendId;
    private final JobSettings settings;
    private final long jobId;
    private final String actor;

    SampleStore(Project project, String backendId, JobSettings settings, long jobId, String actor) {
        this.project = project;
        this.backendId = backendId;
        this.settings = settings;
        this.jobId = jobId;
        this.actor = actor;
    }

    /** The parameters sample {@code index} is sent with: the job's settings, seed + index, one choice. */
    static Sampling sampling(JobSettings settings, int index) {
        return new Sampling(settings.temperature(), settings.topP(), settings.topK(), settings.maxTokens(), List.of(),
                settings.seed() + index, 1);
    }

    /** Stores the response; returns its flags, or null when this sample was already stored. */
    List<String> store(Sample s, GenerationResult r, ServerIdentity server, Map<String, Object> timing) {
        Sampling sent = sampling(settings, s.index());
        GenerationResult.Choice choice = r.choices().get(0);
        ResponseCheck.Result check = ResponseCheck.check(choice.text(), s.lang(), choice.finishReason());
        List<String> flags = check.flags();
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
        meta.put("script", check.script());
        meta.put("language_found", check.language());
        meta.put("flags", flags);
        meta.values().removeIf(Objects::isNull);
        Map<String, Object> params = new LinkedHashMap<>(sent.asRecord());
        params.putAll(settings.options());
        Candidate k = new Candidate(0, s.itemId(), s.key(), choice.text(), s.lang(), null, "generated", null,
                backendId, s.model(), params, sent.seed(), timing, usage, meta, null);
        boolean added = project.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM candidate WHERE item_id = ? "
                    + "AND external_id = ? AND origin = 'generated'")) {
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
}
