package io.indaba.core.cli;

import io.indaba.core.project.Project;
import io.indaba.core.translate.DraftPrompts;
import io.indaba.core.translate.LlmDrafter;
import io.indaba.core.translate.Pretranslation;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba pretranslate}: LLM machine drafts for every untranslated field of one language, resumable. */
@Command(name = "pretranslate", mixinStandardHelpOptions = true,
        description = {"Ask an inference server for a machine draft of every item field not yet translated into "
                + "--lang. Drafts are stored as imported machine translations are (origin mt:llm:MODEL) and offered in "
                + "the editor's machine-draft pane; translations are never written or overwritten.",
                "Each draft is kept as it arrives: rerunning the same command asks only for fields still without "
                + "a translation or a draft from this model."})
final class PretranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--lang", required = true, paramLabel = "TAG", converter = LanguageTagOption.class,
            description = "the target language")
    String lang;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "the model that drafts")
    String model;

    @Option(names = "--prompt", paramLabel = "TEMPLATE",
            description = "system prompt template with {source} and {target} (English language names); default: "
                    + "a translator's instruction asking for the translation only")
    String prompt;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024", description = "default: ${DEFAULT-VALUE}")
    int maxTokens;

    @Option(names = "--request-timeout", paramLabel = "MINUTES", defaultValue = "10",
            description = "give up on one draft (with its retries) after this long; default: ${DEFAULT-VALUE}")
    long requestTimeoutMinutes;

    @Override
    public Integer call() throws InterruptedException {
        String target = lang; // checked and normalised by LanguageTagOption
        BackendConfig config = endpoint.config();
        InferenceBackend backend = endpoint.backend();
        Map<String, String> templates = new LinkedHashMap<>();
        if (prompt != null) {
            templates.put("*>" + target, prompt);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pretranslation.Report report;
        try (Project p = project.open();
             InferenceClient client = backend.connect(config);
             TerminalProgress progress = new TerminalProgress(err, "drafting", "fields")) {
            LlmDrafter drafter = new LlmDrafter(client, backend.descriptor().id(), config.endpointForRecord(), model,
                    new DraftPrompts(templates), LlmDrafter.greedy(maxTokens), Duration.ofMinutes(requestTimeoutMinutes));
            report = new Pretranslation(p, drafter, project.actor()).run(target, endpoint.concurrency,
                    new io.indaba.core.Progress() {
                        @Override
                        public synchronized void update(long done, long total) {
                            progress.update(done, total);
                        }
                    });
        }
        if (project.json) {
            JsonOut.print(out, report);
        } else {
            out.printf("%s into %s: %,d fields asked, %,d drafts stored, %,d failed%n", report.origin(), target,
                    report.requested(), report.stored(), report.failed());
        }
        if (report.failed() > 0) {
            err.println("indaba: " + report.failed() + " drafts failed (last: " + config.apiKey().redact(
                    report.lastError()) + "); run the same command again to ask for them");
            return Main.FAILED;
        }
        return 0;
    }
}
