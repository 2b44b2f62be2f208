package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.prefer.Decisions;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.PairDecision;
import io.indaba.core.prefer.JudgementBlocks;
import io.indaba.core.prefer.Policy;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every preference export shares: JSON Lines streamed from the store one item block at a time, written through
 * {@link AtomicFile}, the {@code policy} flag ({@code judgement}: a row per judgement; {@code majority}: a row per
 * majority decision of an item, language and pair), the language filter, and a dataset card {@code README.md}
 * beside the data (flags {@code license}, default "other", and {@code card=false} to skip it).
 */
abstract class PreferenceExporter implements Exporter {

    /**
     * Writes the rows of one block at a time; keeps whatever it counts across blocks.
     *
     * @param <P> what {@link #prepare} works out of a block (its decisions, say) for {@link #block} to write
     */
    interface Rows<P> {
        /**
         * The part of a block's work that writes nothing: run on the thread that reads the store, block after
         * block in order, beside the writing of earlier blocks.
         */
        P prepare(JudgementBlock block);

        void block(QuotedBlock block, P prepared, JsonGenerator g, ExportTally tally) throws IOException;

        /** Adds what only the whole export knows (e.g. pairs without a majority) to the tally. */
        default void finish(ExportTally tally) {
        }
    }

    /**
     * Rows written from pairwise decisions ({@code dpo}, {@code kto}, {@code battles}, ...): the decisions are worked
     * out on the reading thread, and pairs the majority policy could not decide are counted at the end.
     */
    abstract static class DecisionRows implements Rows<List<PairDecision>> {
        private final Decisions decisions = new Decisions();
        private final Policy policy;

        DecisionRows(Policy policy) {
            this.policy = policy;
        }

        @Override
        public final List<PairDecision> prepare(JudgementBlock block) {
            return decisions.of(block, policy);
        }

        @Override
        public void finish(ExportTally tally) {
            tally.drop(PairExporter.NO_MAJORITY, decisions.noMajority());
        }
    }

    @Override
    public final boolean writesJudgements() {
        return true;
    }

    /** The rows writer of one export. */
    abstract Rows<?> rows(ExportOptions options, Policy policy);

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
        Rows<?> rows = rows(options, policy);
        ExportTally tally = new ExportTally();
        String only = lang;
        try {
            AtomicFile.write(options.out(), out -> {
                // numbers written directly (margin, tstamp, agreement) as Python writes floats, like the mapper's own
                JsonGenerator g = io.indaba.core.store.PythonJson.floats(Json.MAPPER.getFactory().createGenerator(out));
                // the generator must not close the stream: AtomicFile still has to fsync it
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setRootValueSeparator(null);
                try {
                    writeAll(project, only, rows, g, tally, progress);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                g.flush();
            });
            rows.finish(tally);
            List<Path> files = new ArrayList<>(List.of(options.out()));
            List<String> notes = new ArrayList<>(tally.notes());
            if (tally.rows() == 0) {
                notes.add("no dataset card was written: there are no rows to describe");
            } else if (!"false".equalsIgnoreCase(options.flag("card", "true"))) {
                Optional<Path> card = DatasetCard.write(project, this, options, policy, tally);
                card.ifPresent(files::add);
                if (card.isEmpty() || !card.get().getFileName().toString().equals("README.md")) {
                    notes.add((OutputGuard.mayReplace() ? "README.md is the card of another export in this folder "
                            + "and was kept; " : "README.md already exists beside the data and was kept; ")
                            + card.map(c -> "the dataset card is in " + c.getFileName() + " (rename it to README.md "
                            + "for the Hugging Face Hub)").orElse("no dataset card was written")
                            + (OutputGuard.mayReplace() ? "" : "; --force replaces README.md"));
                }
            }
            return new ExportReport(id(), files, tally.rows(), notes);
        } catch (IOException e) {
            throw new UncheckedIOException(options.out() + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** A block with its texts escaped and what the rows writer prepared of it, both on the reading thread. */
    private record Ready<P>(QuotedBlock quoted, P prepared) {
    }

    private static <P> void writeAll(Project project, String lang, Rows<P> rows, JsonGenerator g, ExportTally tally,
                                     Progress progress) {
        long[] blocks = {0};
        JudgementBlocks.forEach(project, lang, block -> new Ready<>(QuotedBlock.of(block), rows.prepare(block)),
                ready -> {
                    JudgementBlock block = ready.quoted().block();
                    tally.language(block.prompt().lang());
                    tally.language(block.lang());
                    try {
                        rows.block(ready.quoted(), ready.prepared(), g, tally);
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
