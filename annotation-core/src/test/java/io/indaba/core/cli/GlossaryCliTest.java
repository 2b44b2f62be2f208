package io.indaba.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import io.indaba.core.translate.Glossary;
import io.indaba.core.translate.GlossaryTerm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossaries through {@code import} and {@code export}: CSV and TBX, both ways, as the glossary pane does. */
class GlossaryCliTest {

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private Path project(String name, String... targets) {
        Path p = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("new", p.toString(), "--name", name, "--source-lang", "en"));
        for (String t : targets) {
            args.add("--target-lang");
            args.add(t);
        }
        assertEquals(0, cli(args.toArray(String[]::new)).code());
        return p;
    }

    private static List<String> terms(Path project, String lang) {
        try (Project p = Project.open(project)) {
            return Glossary.of(p, lang).terms().stream()
                    .map(t -> t.source() + "=" + t.target() + (t.note() == null ? "" : " (" + t.note() + ")")).toList();
        }
    }

    @Test
    void csvInTbxOutTbxInCsvOutKeepsEveryTermAndNote() throws Exception {
        Path first = project("a.indaba", "am", "yo");
        Path csv = Files.writeString(dir.resolve("terms.csv"),
                "source,target,note\nheart,ልብ,the organ\n\"fever, high\",ከፍተኛ ትኩሳት,\n<b> & co,ቢ & ኮ,\"quote \"\" inside\"\n");
        CliRun in = cli("import", first.toString(), "--format", "glossary-csv", "--target-lang", "am", csv.toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("3 terms added to the en → am glossary"), in.out());
        List<String> expected = terms(first, "am");
        assertEquals(3, expected.size());

        Path tbx = dir.resolve("out/terms.tbx");
        CliRun out = cli("export", first.toString(), "--format", "tbx", "--lang", "am", "--out", tbx.toString());
        assertEquals(0, out.code(), out.err());
        assertTrue(Files.readString(tbx).contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\""), Files.readString(tbx));

        Path second = project("b.indaba", "am");
        CliRun back = cli("import", second.toString(), tbx.toString()); // detected as TBX; the only target language
        assertEquals(0, back.code(), back.err());
        assertEquals(expected, terms(second, "am"));

        Path csvOut = dir.resolve("out/terms-again.csv");
        assertEquals(0, cli("export", second.toString(), "--format", "glossary-csv", "--out", csvOut.toString()).code());
        Path third = project("c.indaba", "am");
        assertEquals(0, cli("import", third.toString(), "--format", "glossary-csv", csvOut.toString()).code());
        assertEquals(expected, terms(third, "am"));

        CliRun again = cli("import", third.toString(), "--format", "glossary-csv", csvOut.toString());
        assertTrue(again.out().contains("3 terms were already in the glossary"), again.out());
        assertEquals(expected, terms(third, "am"), "nothing added twice");
    }

    @Test
    void aGlossaryNeedsItsLanguageAndBadRowsAreNamed() throws Exception {
        Path p = project("d.indaba", "am", "yo");
        Path csv = Files.writeString(dir.resolve("bad.csv"), "heart,ልብ\nliver,\n");
        CliRun noLang = cli("import", p.toString(), "--format", "glossary-csv", csv.toString());
        assertEquals(1, noLang.code());
        assertTrue(noLang.err().contains("pass --target-lang (am, yo)"), noLang.err());
        CliRun bad = cli("import", p.toString(), "--format", "glossary-csv", "--target-lang", "am", csv.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("bad.csv:2") && bad.err().contains("no target term for 'liver'"), bad.err());
        assertEquals(List.of(), terms(p, "am"), "all or nothing");
        CliRun export = cli("export", p.toString(), "--format", "tbx", "--out", dir.resolve("x.tbx").toString());
        assertEquals(1, export.code());
        assertTrue(export.err().contains("pass --lang (am, yo)"), export.err());
    }
}
