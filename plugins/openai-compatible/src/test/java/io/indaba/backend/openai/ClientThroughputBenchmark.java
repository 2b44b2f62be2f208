package io.indaba.backend.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Client throughput against a local streaming server with a fixed per-token delay (docs/targets.md: ≥ 0.95 of the
 * server-limited throughput at 256 requests in flight). The server answers every request concurrently, so at C in
 * flight it could deliver C / delay tokens per second; the ratio says how much of that our client takes. The
 * baseline in the same run is the JDK's HttpClient on virtual threads reading the stream's lines without parsing
 * them: what this machine and this server allow to any client. The server runs in a child JVM, so the CPU time per
 * token this process reports is the client's own.
 * Run: {@code bench/client.sh [tokens] [delayMs] [rounds]}.
 */
public final class ClientThroughputBenchmark {

    private ClientThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length > 0 && args[0].equals("remote")) {
            remote(URI.create(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            return;
        }
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int delayMs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        parsing();
        // the server runs in its own JVM, so this process's CPU time is the client's alone
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClientThroughputBenchmark.class.getName(), "serve",
                String.valueOf(tokens), String.valueOf(delayMs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String port = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (port == null) {
                throw new IllegalStateException("the benchmark server did not start");
            }
            URI url = URI.create("http://127.0.0.1:" + port.strip());
            run(url, 8, tokens, delayMs, 1); // warm-up: class loading, JIT, connections
            System.out.printf("tokens/request %d, delay %d ms/token, %d rounds of C requests per pass%n", tokens,
                    delayMs, rounds);
            baseline(url, 8, tokens, 1);
            System.out.printf("%8s %10s %14s %14s %7s %16s %9s %18s%n", "inflight", "requests", "tokens/s",
                    "server max/s", "ratio", "baseline tok/s", "baseline", "client CPU us/tok");
            for (int c : new int[] {1, 8, 64, 256}) {
                // Indaba, baseline, baseline, Indaba: neither profits from going second, or from a quieter minute
                double[] r1 = run(url, c, tokens, delayMs, rounds);
                double[] b1 = baseline(url, c, tokens, rounds);
                double[] b2 = baseline(url, c, tokens, rounds);
                double[] r2 = run(url, c, tokens, delayMs, rounds);
                double r = (r1[0] + r2[0]) / 2;
                double b = (b1[0] + b2[0]) / 2;
                System.out.printf("%8d %10d %,14.0f %,14.0f %7.3f %,16.0f %9.3f %8.1f / %7.1f%n", c, c * rounds, r,
                        r1[1], r / r1[1], b, b / r1[1], (r1[2] + r2[2]) / 2, (b1[1] + b2[1]) / 2);
            }
            System.out.println("each level: Indaba, baseline, baseline, Indaba, each figure the mean of two passes; "
                    + "client CPU us/tok: this process's CPU time (every thread, GC and JIT) per token received, "
                    + "Indaba / baseline; the server runs in another JVM");
        } finally {
            server.destroyForcibly();
        }
        System.exit(0); // OkHttp's pools would otherwise keep the JVM a while
    }

    /**
     * Against a real server (bench/gpu/run.sh): {@code requests} streamed chat requests for {@code model} at
     * {@code c} in flight after a warm-up; prints "indaba C tokens/s tokens seconds", tokens counted as characters
     * (the bench server shows one character per token).
     */
    private static void remote(URI url, String model, int c, int requests, int tokens) throws Exception {
        try (InferenceClient client = new OpenAiBackend().connect(BackendConfig.of(url, ApiKey.NONE, c))) {
            // warm-up: class loading, JIT (at least 16 responses' worth of events), c connections
            received(client, model, Math.max(c, 16), tokens);
            long start = System.nanoTime();
            long received = received(client, model, requests, tokens);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("indaba %d %.1f %d %.3f%n", c, received / seconds, received, seconds);
        }
        System.exit(0);
    }

    private static long received(InferenceClient client, String model, int requests, int tokens) throws Exception {
        List<CompletableFuture<GenerationResult>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            all.add(client.generate(GenerationRequest.chat(model, List.of(new ChatMessage("user", "go")),
                    new Sampling(0, 1, -1, tokens, List.of(), i, 1), Duration.ofMinutes(10)), null).result());
        }
        long received = 0;
        for (CompletableFuture<GenerationResult> f : all) {
            received += f.get(10, TimeUnit.MINUTES).choices().get(0).text().length();
        }
        return received;
    }

    /** The streaming server: prints its port, then serves until killed. */
    private static void serve(int tokens, int delayMs) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> stream(exchange, tokens, delayMs));
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
    }

    /** CPU time of the whole process so far, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The cost of reading one typical chunk: a JSON tree (as before) and the streaming reader. */
    private static void parsing() throws Exception {
        String chunk = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1733450000,"
                + "\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" token\"},"
                + "\"logprobs\":null,\"finish_reason\":null}]}";
        ObjectMapper json = new ObjectMapper();
        ChunkReader.Sink sink = new ChunkReader.Sink() {
            @Override
            public void choice(int index, String text, String finishReason) {
                sunk += text.length();
            }

            @Override
            public void usage(long promptTokens, long completionTokens) {
            }
        };
        int n = 300_000;
        double tree = Double.MAX_VALUE;
        double streamed = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) { // the best round of five: the machine is shared
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sunk += json.readTree(chunk).path("choices").path(0).path("delta").path("content").asText().length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ChunkReader.read(chunk, true, sink);
            }
            long t2 = System.nanoTime();
            tree = Math.min(tree, (t1 - t0) / (double) n);
            streamed = Math.min(streamed, (t2 - t1) / (double) n);
        }
        System.out.printf("reading one chunk (%d chars), best of 5 x 300k: JSON tree %.0f ns, streaming reader %.0f ns%n",
                chunk.length(), tree, streamed);
    }

    private static long sunk;

    /**
     * Tokens per second measured, the server-limited maximum and the process's CPU microseconds per token, for
     * {@code rounds * c} requests at c in flight.
     */
    private static double[] run(URI url, int c, int tokens, int delayMs, int rounds) throws Exception {
        try (InferenceClient client = new OpenAiBackend().connect(BackendConfig.of(url, ApiKey.NONE, c))) {
            int requests = c * rounds;
            long cpu0 = cpu();
            long start = System.nanoTime();
            List<CompletableFuture<GenerationResult>> all = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                all.add(client.generate(GenerationRequest.chat("bench", List.of(new ChatMessage("user", "go")),
                        new Sampling(0, 1, -1, tokens, List.of(), i, 1), Duration.ofMinutes(10)), null).result());
            }
            long received = 0;
            for (CompletableFuture<GenerationResult> f : all) {
                received += f.get(10, TimeUnit.MINUTES).choices().get(0).text().length(); // one character per token
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double max = (double) c * 1000.0 / delayMs;
            return new double[] {received / seconds, max, (cpu() - cpu0) / 1e3 / received};
        }
    }

    /**
     * Tokens per second for the same load through the JDK's HttpClient, counting data lines only, and the process's
     * CPU microseconds per token.
     */
    private static double[] baseline(URI url, int c, int tokens, int rounds) throws Exception {
        long cpu0 = cpu();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(c);
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < c * rounds; i++) {
                threads.submit(() -> {
                    slots.acquire();
                    try {
                        var req = java.net.http.HttpRequest.newBuilder(url.resolve("/v1/chat/completions"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
                        http.send(req, java.net.http.HttpResponse.BodyHandlers.ofLines()).body()
                                .filter(l -> l.startsWith("data: {")).forEach(l -> received.incrementAndGet());
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
        }
        return new double[] {received.get() / ((System.nanoTime() - start) / 1e9),
                (cpu() - cpu0) / 1e3 / received.get()};
    }

    private static void stream(HttpExchange exchange, int tokens, int delayMs) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            long next = System.nanoTime();
            for (int i = 0; i < tokens; i++) {
                // paced against the clock, not slept per token, so the server keeps its nominal rate
                next += delayMs * 1_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String finish = i == tokens - 1 ? "\"length\"" : "null";
                out.write(("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":" + finish
                        + "}]}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
