package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.prefer.JudgementBlocks;
import io.indaba.core.prefer.Policy;
import io.indaba.core.project.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every preference export shares: JSON Lines streamed from the store one item block at a time, written through
 * {@link AtomicFile}, the {@code policy} flag ({@code judgement}: a row per judgement; {@code majority}: a row per
 * majority decision of an item, language and pair), the language filter, and a dataset card {@code README.md}
 * beside the data (flags {@code license}, default "other", and {@code card=false} to skip it).
 */
abstract class PreferenceExporter implements Exporter {

    /** Writes the rows of one block at a time; keeps whatever it counts across blocks. */
    interface Rows {
        void block(QuotedBlock block, JsonGenerator g, ExportTally tally) throws IOException;

        /** Adds what only the whole export knows (e.g. pairs without a majority) to the tally. */
        default void finish(ExportTally tally) {
        }
    }

    /** The rows writer of one export. */
    abstract Rows rows(ExportOptions options, Policy policy);

    /** The columns of every row, in order, for the dataset card and tests. */
    abstract List<Column> columns(ExportOptions options);

    /** The Hugging Face task category of the data. */
    String task() {
        return "text-generation";
    }

    @Override
    public final ExportReport export(Project project, ExportOptions options, Progress progress) {
        if (options.out() == null) {
            throw new IllegalArgumentException("--out is required");
        }
        Policy policy = Policy.of(options.flag("policy", "judgement"));
        String lang = null;
        if (options.lang() != null) {
            try {
                lang = LanguageTags.validate(options.lang());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--lang: " + e.getMessage(), e);
            }
        }
        Rows rows = rows(options, policy);
        ExportTally tally = new ExportTally();
        String only = lang;
        long[] blocks = {0};
        try {
            AtomicFile.write(options.out(), out -> {
                JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
                // the generator must not close the stream: AtomicFile still has to fsync it
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setRootValueSeparator(null);
                try {
                    JudgementBlocks.forEach(project, only, QuotedBlock::of, block -> {
                        tally.language(block.block().prompt().lang());
                        tally.language(block.block().lang());
                        try {
                            rows.block(block, g, tally);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if ((++blocks[0] & 1023) == 0) {
                            if (progress.cancelled()) {
                                throw new Cancelled();
                            }
                            progress.update(tally.rows(), -1);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                g.flush();
            });
            rows.finish(tally);
            List<Path> files = new ArrayList<>(List.of(options.out()));
            if (!"false".equalsIgnoreCase(options.flag("card", "true"))) {
                files.add(DatasetCard.write(project, this, options, policy, tally));
            }
            return new ExportReport(id(), files, tally.rows(), tally.notes());
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** A true/false flag; anything else is a one-line error. */
    static boolean booleanFlag(ExportOptions options, String name) {
        String v = options.flag(name, "false").strip();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("flag " + name + " must be true or false, not '" + v + "'");
    }
}
