package io.indaba.core.cli;

import io.indaba.core.generate.BackendPlugin;
import io.indaba.core.generate.Backends;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code indaba backends}: the inference back-end plugins found, with origin and status. */
@Command(name = "backends", mixinStandardHelpOptions = true,
        description = "List the inference back-end plugins: built-in ones and the .jar files in the user's plugin "
                + "folder, with where each came from and, for a disabled one, why.")
final class BackendsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Option(names = "--plugins", paramLabel = "DIR", description = "look for plugin jars here too (repeatable)")
    List<Path> folders = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> all = new ArrayList<>(List.of(Backends.userPluginFolder()));
        all.addAll(folders);
        List<BackendPlugin> plugins = Backends.load(BackendsCommand.class.getClassLoader(), all).all();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BackendPlugin p : plugins) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.name());
                row.put("name", p.displayName());
                row.put("protocol", p.protocol());
                row.put("origin", p.origin());
                row.put("status", p.isEnabled() ? "enabled" : "disabled");
                row.put("reason", p.reason());
                rows.add(row);
            }
            JsonOut.print(out, Map.of("pluginFolder", Backends.userPluginFolder().toString(), "backends", rows));
            return 0;
        }
        out.printf("%-20s %-9s %-9s %s%n", "back-end", "protocol", "status", "origin");
        for (BackendPlugin p : plugins) {
            out.printf("%-20s %-9s %-9s %s%n", p.name(), p.protocol() == null ? "-" : p.protocol(),
                    p.isEnabled() ? "enabled" : "disabled", p.origin());
            if (!p.isEnabled()) {
                out.printf("  disabled: %s%n", p.reason());
            }
        }
        out.println("plugin folder: " + Backends.userPluginFolder());
        return 0;
    }
}
