package io.indaba.core.formats;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fresh projects and small input files for format tests. */
final class TestProjects {

    private TestProjects() {
    }

    static Project create(Path dir) {
        return Project.create(dir.resolve("p-" + System.nanoTime() + ".indaba"),
                new ProjectSettings("formats test", "en", List.of("am")), "tester");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    static Path write(Path dir, String name, byte[] bom, String text, Charset cs) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
        return file;
    }

    static ImportOptions translation(String lang, String attachBy) {
        return new ImportOptions(lang, false, null, attachBy, "tester");
    }

    static ImportOptions skipping() {
        return new ImportOptions(null, true, null, null, "tester");
    }
}
