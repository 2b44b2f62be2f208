package io.indaba.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars dropped into a plugin folder: a good one is listed, broken ones are disabled with a reason. */
class BackendsTest {

    @TempDir
    Path dir;

    /** Compiles one back-end class into its own jar with a service file, as a third party would ship it. */
    private void pluginJar(String name, String body) throws IOException {
        Path src = dir.resolve("src").resolve(name);
        Files.createDirectories(src.resolve("x"));
        Files.writeString(src.resolve("x").resolve(name + ".java"), """
                package x;
                import io.indaba.plugin.*;
                public class %s implements InferenceBackend {
                    %s
                    public InferenceClient connect(BackendConfig config) { throw new UnsupportedOperationException(); }
                }
                """.formatted(name, body));
        Path classes = dir.resolve("classes").resolve(name);
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("x").resolve(name + ".java").toString());
        assertEquals(0, rc, "test plugin " + name + " compiles");
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve(name + ".jar")))) {
            jar.putNextEntry(new JarEntry("x/" + name + ".class"));
            jar.write(Files.readAllBytes(classes.resolve("x").resolve(name + ".class")));
            jar.putNextEntry(new JarEntry("META-INF/services/io.indaba.plugin.InferenceBackend"));
            OutputStream out = jar;
            out.write(("x." + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void goodAndBrokenPluginJarsAreListedWithTheirOriginAndReason() throws Exception {
        pluginJar("Carrier", "public BackendDescriptor descriptor() { return new BackendDescriptor(\"carrier\", "
                + "\"Carrier pigeon\", \"pigeon\", SPI_VERSION); }");
        pluginJar("Future", "public BackendDescriptor descriptor() { return new BackendDescriptor(\"future\", "
                + "\"From the future\", \"openai\", 99); }");
        pluginJar("Throwing", "public Throwing() { throw new IllegalStateException(\"no GPU driver\"); }\n"
                + "public BackendDescriptor descriptor() { return null; }");
        Files.writeString(dir.resolve("plugins").resolve("empty.jar"), "not a zip");

        Backends b = Backends.load(getClass().getClassLoader(), List.of(dir.resolve("plugins"), dir.resolve("absent")));

        List<BackendPlugin> all = b.all();
        assertEquals("openai-compatible", all.get(0).name());
        assertEquals("built-in", all.get(0).origin());
        BackendPlugin carrier = find(all, "carrier");
        assertTrue(carrier.isEnabled());
        assertTrue(carrier.origin().endsWith("Carrier.jar"), carrier.origin());
        assertTrue(b.forProtocol("pigeon").isPresent());
        assertEquals("built for plugin SPI version 99, this Indaba speaks version 1", find(all, "future").reason());
        BackendPlugin throwing = all.stream().filter(p -> p.origin().endsWith("Throwing.jar")).findFirst().orElseThrow();
        assertTrue(!throwing.isEnabled() && throwing.reason().contains("no GPU driver"), throwing.reason());
        BackendPlugin empty = all.stream().filter(p -> p.origin().endsWith("empty.jar")).findFirst().orElseThrow();
        assertTrue(!empty.isEnabled(), empty.toString());
        assertEquals("openai-compatible", b.forProtocol("openai").orElseThrow().descriptor().id(),
                "a disabled plugin never shadows a working one");
    }

    private static BackendPlugin find(List<BackendPlugin> all, String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + all));
    }
}
