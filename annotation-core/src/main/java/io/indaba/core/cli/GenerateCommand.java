package io.indaba.core.cli;

import io.indaba.core.generate.BatchRequests;
import io.indaba.core.generate.GenerationJob;
import io.indaba.core.generate.GenerationReport;
import io.indaba.core.generate.JobSettings;
import io.indaba.core.project.Project;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba generate}: candidates for the project's prompts from an inference server, resumable. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Ask an inference server for candidate responses to the project's prompts: K per prompt per "
                + "model, in the prompt's language or --response-lang. Each candidate keeps its provenance (back-end, "
                + "server, model, every sampling parameter sent, seed, timings, token usage).",
                "The job is recorded in the project. Rerunning the same command after a kill or a failure resumes it: "
                + "only samples still missing are asked for (sample i uses seed + i) and none is stored twice.",
                "Responses cut by --max-tokens are flagged 'truncated', and those mostly in a script the requested "
                + "language does not use 'off-target-script'."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "a model to ask (repeatable)")
    List<String> models;

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "2",
            description = "candidates per prompt per model; default: ${DEFAULT-VALUE}")
    int candidates;

    @Option(names = "--response-lang", paramLabel = "TAG", converter = LanguageTagOption.class,
            description = "ask for responses in this language (adds \"Answer in <language>.\" to the system prompt)")
    String responseLang;

    @Option(names = "--system-prompt", paramLabel = "TEXT",
            description = "system prompt sent first, replacing any system turn a prompt carries")
    String systemPrompt;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.7", description = "default: ${DEFAULT-VALUE}")
    double temperature;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "1.0", description = "default: ${DEFAULT-VALUE}")
    double topP;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "-1",
            description = "top-k cut-off, -1 for none; default: ${DEFAULT-VALUE}")
    int topK;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024", description = "default: ${DEFAULT-VALUE}")
    int maxTokens;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "seed of sample 0; sample i uses S + i; default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "a server-specific option sent as given and recorded, e.g. num_ctx=8192 (Ollama) or "
                    + "repetition_penalty=1.1 (vLLM); repeatable")
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();

    @Option(names = "--request-timeout", paramLabel = "MINUTES", defaultValue = "30",
            description = "give up on one request (with its retries) after this long; default: ${DEFAULT-VALUE}")
    long requestTimeoutMinutes;

    @Option(names = "--batch-out", paramLabel = "FILE.jsonl",
            description = "make no calls: write the missing requests as an OpenAI Batch input file (vllm run-batch, "
                    + "OpenAI Batch API); import the results with: import PROJECT --format openai-batch-output FILE")
    java.nio.file.Path batchOut;

    /** Numbers and booleans as JSON numbers and booleans: servers reject "8192" for num_ctx. */
    static java.util.Map<String, Object> typed(java.util.Map<String, String> raw) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        raw.forEach((k, v) -> {
            String t = v.strip();
            if (t.equals("true") || t.equals("false")) {
                out.put(k, Boolean.parseBoolean(t));
            } else if (t.matches("-?\\d{1,18}")) {
                out.put(k, Long.parseLong(t));
            } else if (t.matches("-?\\d*\\.\\d+([eE]-?\\d+)?")) {
                out.put(k, Double.parseDouble(t));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (batchOut != null) {
            return writeBatch();
        }
        BackendConfig config = endpoint.config();
        JobSettings settings = new JobSettings(config.endpointForRecord(), endpoint.protocol(), models, candidates,
                responseLang, systemPrompt, temperature, topP, topK, maxTokens, seed, typed(options));
        InferenceBackend backend = endpoint.backend();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GenerationReport report;
        try (Project p = project.open();
             InferenceClient client = backend.connect(config);
             TerminalProgress progress = new TerminalProgress(err, "generating", "responses")) {
            GenerationJob job = new GenerationJob(p, backend.descriptor().id(), client, settings, endpoint.concurrency,
                    Duration.ofMinutes(requestTimeoutMinutes), project.actor(), config.apiKey());
            report = job.run(new io.indaba.core.Progress() {
                @Override
                public synchronized void update(long done, long total) {
                    progress.update(done, total);
                }
            });
        }
        if (project.json) {
            JsonOut.print(out, report);
        } else {
            out.printf("job %d%s on %s: %,d requested, %,d stored, %,d failed; flagged %,d truncated, %,d off-target script%n",
                    report.job(), report.resumed() ? " (resumed)" : "", report.server(), report.requested(),
                    report.generated(), report.failed(), report.truncated(), report.offTarget());
        }
        if (report.failed() > 0) {
            err.println("indaba: " + report.failed() + " requests failed (last: " + report.lastError()
                    + "); run the same command again to ask for them");
            return Main.FAILED;
        }
        return 0;
    }

    private int writeBatch() {
        if (endpoint.endpoint != null) {
            throw new IllegalArgumentException("--batch-out makes no calls; leave out --endpoint");
        }
        JobSettings settings = BatchRequests.settings(new JobSettings(null, endpoint.protocol(), models, candidates,
                responseLang, systemPrompt, temperature, topP, topK, maxTokens, seed, typed(options)));
        BatchRequests.Report report;
        try (Project p = project.open()) {
            report = BatchRequests.write(p, settings, batchOut, project.actor());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (project.json) {
            JsonOut.print(out, report);
        } else {
            out.printf("job %d%s: %,d requests written to %s; run them, then: indaba import PROJECT --format "
                    + "openai-batch-output RESULTS.jsonl%n", report.job(), report.resumed() ? " (resumed)" : "",
                    report.requests(), report.file());
        }
        return 0;
    }
}
