package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.generate.BatchResults;
import io.indaba.core.item.ImportSummary;
import io.indaba.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The results of an {@code indaba generate --batch-out} file run by {@code vllm run-batch} or OpenAI's Batch API. */
final class OpenAiBatchOutputImporter implements Importer {

    /** Failed requests named in the report; a whole failed batch can have thousands. */
    private static final int FAILURES_SHOWN = 10;

    @Override
    public String id() {
        return "openai-batch-output";
    }

    @Override
    public String description() {
        return "OpenAI Batch output JSONL (vllm run-batch) for a file written by indaba generate --batch-out";
    }

    @Override
    public int confidence(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.startsWith("{") && text.contains("\"custom_id\"") && text.contains("\"indaba:")
                && text.contains("\"response\"") ? 90 : 0;
    }

    @Override
    public ImportReport importFile(Project project, Path file, ImportOptions options, Progress progress) {
        BatchResults.Report r = BatchResults.importFile(project, file, options.actor());
        List<String> notes = new ArrayList<>();
        if (r.truncated() + r.offTarget() > 0) {
            notes.add("flagged " + r.truncated() + " truncated and " + r.offTarget() + " in another script or language "
                    + "than requested (meta.flags)");
        }
        if (r.alreadyStored() > 0) {
            notes.add(r.alreadyStored() + " responses were already stored and were skipped");
        }
        if (!r.failures().isEmpty()) {
            notes.add(r.failures().size() + " requests came back without a response; generate asks for them again:");
            r.failures().stream().limit(FAILURES_SHOWN).forEach(f -> notes.add("  " + f));
        }
        return new ImportReport(id(), new ImportSummary(0, 0, 0), 0, r.stored(), 0, 0, List.of(), notes);
    }
}
