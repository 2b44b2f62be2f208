package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.generate.Backends;
import io.indaba.core.generate.GenerationJob;
import io.indaba.core.generate.GenerationReport;
import io.indaba.core.generate.JobSettings;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Project ▸ Generate candidates…: an endpoint, the models it lists, K and a response language; runs the same
 * resumable job as {@code indaba generate}, with progress and cancel. The API key is read from an environment
 * variable named here and never stored.
 */
public final class GenerateViewModel {

    private final ProjectSession session;
    private final Backends backends;
    private final Map<String, String> environment;
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "http://localhost:8000");
    private final ObjectProperty<String> protocol = new SimpleObjectProperty<>(this, "protocol", "openai");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty responseLang = new SimpleStringProperty(this, "responseLang", "");
    private final IntegerProperty candidates = new SimpleIntegerProperty(this, "candidates", 2);
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public GenerateViewModel(ProjectSession session, Backends backends, Map<String, String> environment) {
        this.session = session;
        this.backends = backends;
        this.environment = environment;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    /** {@code openai} or {@code ollama}: the protocols of the enabled back-ends. */
    public ObjectProperty<String> protocolProperty() {
        return protocol;
    }

    /** The protocols to choose from. */
    public List<String> protocols() {
        return backends.protocols();
    }

    /** The environment variable holding the API key, or empty for none. */
    public StringProperty apiKeyEnvProperty() {
        return apiKeyEnv;
    }

    /** The BCP-47 tag responses are asked in, or empty for each prompt's own language. */
    public StringProperty responseLangProperty() {
        return responseLang;
    }

    /** Candidates per prompt per model. */
    public IntegerProperty candidatesProperty() {
        return candidates;
    }

    /** The models the server listed. */
    public ObservableList<String> models() {
        return models;
    }

    /** The models to ask; the view keeps it in step with the list's selection. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    /** True while models are chosen and nothing runs. */
    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> !chosen.isEmpty() && task.get() == null, chosen, task);
    }

    /** The running listing or generation, or null. */
    public ReadOnlyObjectProperty<BackgroundTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** What the last run did, or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last action failed, in one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Asks the server for its models. */
    public void listModels() {
        begin(Messages.get("generate.listing"), (project, progress) -> {
            try (InferenceClient client = backend().connect(config())) {
                return client.models().stream().map(ModelInfo::id).toList();
            }
        }, listed -> {
            models.setAll(listed);
            chosen.retainAll(listed);
            summary.set(Messages.format("generate.listed", listed.size()));
        });
    }

    /** Runs the job for the chosen models; a rerun resumes it. */
    public void start() {
        List<String> asked = List.copyOf(chosen);
        String lang = responseLang.get() == null || responseLang.get().isBlank() ? null : responseLang.get().strip();
        begin(Messages.get("generate.running"), (project, progress) -> {
            BackendConfig config = config();
            InferenceBackend backend = backend();
            JobSettings settings = new JobSettings(config.endpointForRecord(), protocol.get(), asked, candidates.get(),
                    lang, null, 0.7, 1.0, -1, 1024, 0, Map.of());
            try (InferenceClient client = backend.connect(config)) {
                return new GenerationJob(project, backend.descriptor().id(), client, settings, config.maxInFlight(),
                        Duration.ofMinutes(30), System.getProperty("user.name", "indaba"), config.apiKey()).run(progress);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }, (GenerationReport r) -> {
            summary.set(Messages.format("generate.summary", r.generated(), r.requested(), r.failed(), r.truncated(),
                    r.offTarget()));
            if (r.failed() > 0) {
                error.set(r.lastError());
            }
            session.changed();
        });
    }

    /** Stops the run: no new requests, those in flight cancelled; what was stored stays. */
    public void cancel() {
        BackgroundTask running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void begin(String title, java.util.function.BiFunction<io.indaba.core.project.Project,
            io.indaba.core.Progress, T> work, java.util.function.Consumer<T> done) {
        if (task.get() != null) {
            return;
        }
        error.set("");
        BackgroundTask started = session.run(title, work, result -> {
            task.set(null);
            done.accept(result);
        }, failed -> {
            task.set(null);
            error.set(OpenFailure.reasonOf(failed));
        });
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }

    private InferenceBackend backend() {
        return backends.forProtocol(protocol.get()).orElseThrow(() -> new IllegalArgumentException(
                Messages.format("generate.noBackend", protocol.get())));
    }

    private BackendConfig config() {
        String key = apiKeyEnv.get() == null ? "" : apiKeyEnv.get().strip();
        URI uri = URI.create(endpoint.get().strip());
        return BackendConfig.of(uri, key.isEmpty() ? ApiKey.NONE : ApiKey.fromEnvironment(key, environment), 64);
    }
}
