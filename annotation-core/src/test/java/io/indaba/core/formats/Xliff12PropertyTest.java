package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text survives the XLIFF 1.2 export: the reader gives back every source and target as stored (markup
 * characters, CR, non-BMP, control characters), and re-importing the untouched file changes nothing.
 */
class Xliff12PropertyTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> odd = Arbitraries.of('<', '&', '>', '"', '\'', '\r', '\n', '\t', '\u0001', '\u001F',
                '\uFFFE', 'ሀ', '_', ' ', ':', '/', '#');
        Arbitrary<String> emoji = Arbitraries.of("😀", "𝕏");
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(5),
                odd.map(String::valueOf), emoji);
        return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("#", ":", "/", " ", "ሀ", ".", "-"));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(l -> "q" + String.join("", l));
    }

    @Property(tries = 40)
    void everyTextComesBackAndAnUntouchedFileChangesNothing(@ForAll("ids") String id, @ForAll("texts") String source,
                                                           @ForAll("texts") String option,
                                                           @ForAll("texts") String target) throws IOException {
        Path dir = Files.createTempDirectory("indaba-x12");
        try (Project p = TestProjects.create(dir)) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("sentence", source);
            fields.put("option1", option);
            p.items().importAll(List.of(Item.of(id, ItemKind.WINOGRANDE, "en", "c", 1, fields, "1", Map.of()))
                    .iterator(), "tester", "test", Progress.NONE);
            Item item = p.items().byExternalId(id).orElseThrow();
            p.translations().save(new Translations.Change(item.id(), "sentence", "am", target,
                    TranslationStatus.REVIEWED, Origin.HUMAN, "tester", item.sourceHash(), null));
            Path out = dir.resolve("am.xlf");
            Formats.exporter("xliff12").export(p, new ExportOptions(out, "am", null), Progress.NONE);
            List<XliffUnit> units = new ArrayList<>();
            XliffReader.Header header = XliffReader.read(out, units::add);
            assertEquals("am", header.targetLang());
            assertEquals(true, header.indaba());
            assertEquals(2, units.size());
            assertEquals(id, units.get(0).externalId());
            assertEquals("sentence", units.get(0).segments().get(0).field());
            assertEquals(source, units.get(0).segments().get(0).source());
            assertEquals(target, units.get(0).segments().get(0).target());
            assertEquals(option, units.get(1).segments().get(0).source());
            ImportReport again = Formats.importer("xliff").importFile(p, out, ImportOptions.defaults(), Progress.NONE);
            assertEquals(0, again.translations());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
