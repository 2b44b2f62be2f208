package io.indaba.app.generate;

import io.indaba.app.common.Messages;
import io.indaba.app.backends.BackendServices;
import io.indaba.app.backends.SavedServer;
import io.indaba.app.project.OpenFailure;
import io.indaba.app.common.ProjectSession;
import io.indaba.app.tasks.BackgroundTask;
import io.indaba.core.Progress;
import io.indaba.core.generate.GenerationJob;
import io.indaba.core.generate.GenerationReport;
import io.indaba.core.generate.JobSettings;
import io.indaba.core.generate.ServerPreset;
import io.indaba.core.project.Project;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.InferenceBackend;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.ModelInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * Project ▸ Generate candidates…: a server (saved, a preset, or typed), the models it lists, K and a response
 * language; runs the same resumable job as {@code indaba generate}, with throughput, an estimate of the time left,
 * the text of the responses streaming in (at most ten updates a second), pause, resume and cancel. The API key comes
 * from the saved server or an environment variable named here; it is never stored in the project.
 */
public final class GenerateViewModel {

    /** The least time between two updates of the progress and streamed text: at most ten a second. */
    public static final Duration UPDATE_INTERVAL = Duration.ofMillis(100);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "indaba-generate-updates");
        t.setDaemon(true);
        return t;
    });

    private final ProjectSession session;
    private final BackendServices services;
    private final LongSupplier clock;
    private final Coalescer.Scheduler scheduler;
    private final ObservableList<ServerChoice> servers = FXCollections.observableArrayList();
    private final ObjectProperty<ServerChoice> server = new SimpleObjectProperty<>(this, "server");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "http://localhost:8000");
    private final ObjectProperty<String> protocol = new SimpleObjectProperty<>(this, "protocol", "openai");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty responseLang = new SimpleStringProperty(this, "responseLang", "");
    private final IntegerProperty candidates = new SimpleIntegerProperty(this, "candidates", 2);
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency", 16);
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BackgroundTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(this, "generating");
    private final ObservableList<GenerationMonitor.StreamText> streams = FXCollections.observableArrayList();
    private ApiKey savedKey = ApiKey.NONE;
    private volatile GenerationMonitor monitor;
    private volatile PauseGate gate;
    private volatile boolean pauseWanted;
    private long publications;

    /** The dialog's model: updates reach the FX thread through {@code session}, at most ten a second. */
    public GenerateViewModel(ProjectSession session, BackendServices services) {
        this(session, services, System::nanoTime, Coalescer.Scheduler.on(TIMER, session::onUi));
    }

    /** With a clock and a scheduler of its own, so tests can step time. */
    GenerateViewModel(ProjectSession session, BackendServices services, LongSupplier clock,
                      Coalescer.Scheduler scheduler) {
        this.session = session;
        this.services = services;
        this.clock = clock;
        this.scheduler = scheduler;
        services.settings().servers().forEach(s -> servers.add(ServerChoice.of(s)));
        ServerPreset.ALL.forEach(p -> servers.add(ServerChoice.of(p)));
        server.addListener((o, was, now) -> choose(now));
    }

    private void choose(ServerChoice choice) {
        if (choice == null) {
            return;
        }
        endpoint.set(choice.baseUrl());
        protocol.set(choice.protocol());
        notes.set(choice.notes());
        SavedServer saved = choice.saved();
        savedKey = saved == null ? ApiKey.NONE : saved.key();
        apiKeyEnv.set(saved == null ? "" : saved.keyEnv());
    }

    /** Saved servers, then the presets. */
    public ObservableList<ServerChoice> servers() {
        return servers;
    }

    /** The picked server; picking one fills the address, protocol and key. */
    public ObjectProperty<ServerChoice> serverProperty() {
        return server;
    }

    /** What the picked preset says about its server. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
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
        return services.backends().protocols();
    }

    /** The environment variable holding the API key, or empty for the saved server's key (or none). */
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

    /** Requests sent at once. */
    public IntegerProperty concurrencyProperty() {
        return concurrency;
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

    /** True while a generation (not a listing) runs: pause and cancel apply. */
    public ReadOnlyBooleanProperty generatingProperty() {
        return generating.getReadOnlyProperty();
    }

    /** True while paused: no new request goes out; those in flight finish and are stored. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Done of total, responses and tokens a second, time left; empty before a run. */
    public ReadOnlyStringProperty statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** The responses under way (newest first), then the last ones finished, with their text so far. */
    public ObservableList<GenerationMonitor.StreamText> streams() {
        return streams;
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
        if (task.get() != null) {
            return;
        }
        List<String> asked = List.copyOf(chosen);
        String lang = responseLang.get() == null || responseLang.get().isBlank() ? null : responseLang.get().strip();
        int inFlight = Math.max(1, concurrency.get());
        GenerationMonitor watching = new GenerationMonitor(clock);
        Coalescer updates = new Coalescer(UPDATE_INTERVAL.toNanos(), clock, scheduler, () -> publish(watching));
        monitor = watching;
        pauseWanted = false;
        streams.clear();
        stats.set("");
        paused.set(false);
        begin(Messages.get("generate.running"), (project, progress) -> run(project, progress, watching, updates, asked,
                lang, inFlight), (GenerationReport r) -> {
                    boolean stopped = gate != null && gate.wasCancelled();
                    gate = null;
                    pauseWanted = false;
                    paused.set(false);
                    watching.paused(false);
                    publish(watching);
                    summary.set((stopped ? Messages.get("generate.stopped") + " " : "") + Messages.format(
                            "generate.summary", r.generated(), r.requested(), r.failed(), r.truncated(), r.offTarget()));
                    if (r.failed() > 0 && !stopped) {
                        error.set(r.lastError());
                    }
                    session.changed();
                });
        generating.set(task.get() != null);
    }

    private GenerationReport run(Project project, Progress progress, GenerationMonitor watching, Coalescer updates,
                                 List<String> asked, String lang, int inFlight) {
        BackendConfig config = config(inFlight);
        InferenceBackend backend = backend();
        JobSettings settings = new JobSettings(config.endpointForRecord(), protocol.get(), asked, candidates.get(),
                lang, null, 0.7, 1.0, -1, 1024, 0, Map.of());
        PauseGate opened = new PauseGate(progress, () -> cancelTask(progress), watching, updates::signal);
        gate = opened;
        if (pauseWanted) {
            opened.pause(); // Pause was pressed before the job had started
        }
        watching.started();
        try (InferenceClient client = new ObservedClient(backend.connect(config), watching, updates)) {
            return new GenerationJob(project, backend.descriptor().id(), client, settings, inFlight,
                    Duration.ofMinutes(30), System.getProperty("user.name", "indaba"), config.apiKey()).run(opened);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void cancelTask(Progress progress) {
        if (progress instanceof BackgroundTask running) {
            running.cancel();
        }
    }

    /** Sends no new request until {@link #resume()}; those in flight finish and are stored. */
    public void pause() {
        if (!generating.get()) {
            return;
        }
        pauseWanted = true;
        PauseGate g = gate;
        if (g != null) {
            g.pause();
        }
        paused.set(true);
        publish(monitor);
    }

    /** Goes on after {@link #pause()}. */
    public void resume() {
        pauseWanted = false;
        PauseGate g = gate;
        if (g != null) {
            g.resume();
        }
        paused.set(false);
    }

    /** Stops the run: no new requests, those in flight cancelled; what was stored stays, and a rerun resumes. */
    public void cancel() {
        pauseWanted = false;
        PauseGate g = gate;
        if (g != null) {
            g.cancel();
        }
        BackgroundTask running = task.get();
        if (running != null) {
            running.cancel();
        }
        paused.set(false);
    }

    /** Whether a paused job is waiting at the gate, nothing more being sent: for tests. */
    boolean holding() {
        PauseGate g = gate;
        return g != null && g.holding();
    }

    /** How often the progress and text were handed to the UI: for tests of the coalescing. */
    long publications() {
        return publications;
    }

    /** Shows the monitor's newest state; runs on the UI thread. */
    private void publish(GenerationMonitor from) {
        if (from == null) {
            return;
        }
        publications++;
        GenerationMonitor.Snapshot s = from.snapshot();
        stats.set(GenerateStats.line(s));
        if (!streams.equals(s.streams())) {
            streams.setAll(s.streams());
        }
    }

    private <T> void begin(String title, BiFunction<Project, Progress, T> work, Consumer<T> done) {
        if (task.get() != null) {
            return;
        }
        error.set("");
        BackgroundTask started = session.run(title, work, result -> {
            task.set(null);
            generating.set(false);
            done.accept(result);
        }, failed -> {
            task.set(null);
            generating.set(false);
            gate = null;
            paused.set(false);
            error.set(OpenFailure.reasonOf(failed));
        });
        if (started.runningProperty().get()) {
            task.set(started);
        }
    }

    private InferenceBackend backend() {
        return services.backends().forProtocol(protocol.get()).orElseThrow(() -> new IllegalArgumentException(
                Messages.format("generate.noBackend", protocol.get())));
    }

    private BackendConfig config() {
        return config(8);
    }

    private BackendConfig config(int inFlight) {
        String variable = apiKeyEnv.get() == null ? "" : apiKeyEnv.get().strip();
        ApiKey key = variable.isEmpty() ? savedKey : ApiKey.fromEnvironment(variable, services.environment());
        return BackendConfig.of(SavedServer.uri(endpoint.get()), key, inFlight);
    }
}
