package io.indaba.core.formats;

import io.indaba.core.base.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of every import and export format, and format detection. */
public final class Formats {

    private static final List<Importer> IMPORTERS = List.of(
            new JsonlImporter(), new MmluCsvImporter(), new WinograndeCsvImporter(),
            new BilingualCsvImporter(), new MmluHfImporter(), new WinograndeJsonlImporter(),
            new XliffImporter(), new TmxImporter(),
            new PreferenceJsonlImporter(), new TrlPreferenceImporter(), new UltraFeedbackImporter(),
            new OkapiRankedImporter(), new ArenaBattlesImporter(), new KtoImporter(), GlossaryImporter.tbx(),
            GlossaryImporter.csv(), AuditImporter.jsonl(), AuditImporter.csv(), new GlobalMmluImporter(),
            new OpenAiBatchOutputImporter());

    private static final List<Exporter> EXPORTERS = List.of(
            new JsonlExporter(), new MmluCsvExporter(), new WinograndeCsvExporter(),
            new BilingualCsvExporter(), new MmluHfExporter(), new WinograndeJsonlExporter(),
            new XliffExporter(), new Xliff12Exporter(), new TmxExporter(), new QaReportExporter(),
            PairExporter.dpo(), PairExporter.dpoConversational(), new KtoExporter(), KtoExporter.conversational(),
            PairExporter.reward(), PairExporter.rewardConversational(), new RankingsExporter(), new BattlesExporter(),
            new PreferenceJsonlExporter(), GlossaryExporter.tbx(), GlossaryExporter.csv(), AuditExporter.jsonl(),
            AuditExporter.csv(), new AuditReportExporter(), new GlobalMmluExporter());

    private Formats() {
    }

    public static List<Importer> importers() {
        return IMPORTERS;
    }

    public static List<Exporter> exporters() {
        return EXPORTERS;
    }

    /** The importer named {@code id}, or a one-line error listing the known ones. */
    public static Importer importer(String id) {
        return IMPORTERS.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown import format '" + id + "'; known: "
                        + IMPORTERS.stream().map(Importer::id).collect(Collectors.joining(", "))));
    }

    /** The exporter named {@code id}, or a one-line error listing the known ones. */
    public static Exporter exporter(String id) {
        return EXPORTERS.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown export format '" + id + "'; known: "
                        + EXPORTERS.stream().map(Exporter::id).collect(Collectors.joining(", "))));
    }

    /** The importer most confident that it reads {@code file}; throws when none is. */
    public static Importer detect(Path file) {
        byte[] head = head(file);
        Optional<Importer> best = IMPORTERS.stream()
                .filter(i -> i.confidence(file, head) > 0)
                .max(Comparator.comparingInt(i -> i.confidence(file, head)));
        return best.orElseThrow(() -> new BadInputException(file, 0,
                "cannot tell the format; pass --format (" + IMPORTERS.stream().map(Importer::id)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /** The first 64 KiB of a file, for sniffing. */
    public static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
