package io.indaba.core.cli;

import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import io.indaba.plugin.ServerIdentity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indaba models}: who the server is and the models it offers. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Ask an inference server who it is and which models it offers.")
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--json", description = "print machine-readable JSON")
    boolean json;

    @Override
    public Integer call() {
        try (InferenceClient client = endpoint.backend().connect(endpoint.config())) {
            ServerIdentity server = client.health();
            List<ModelInfo> models = client.models();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("endpoint", endpoint.config().endpointForRecord());
                m.put("server", server);
                m.put("models", models);
                JsonOut.print(out, m);
                return 0;
            }
            out.println(endpoint.config().endpointForRecord() + " — " + server.label());
            for (ModelInfo model : models) {
                out.println(model.id() + (model.contextLength() == null ? "" : "  (context " + model.contextLength() + ")"));
            }
            if (models.isEmpty()) {
                out.println("(no models)");
            }
        }
        return 0;
    }
}
