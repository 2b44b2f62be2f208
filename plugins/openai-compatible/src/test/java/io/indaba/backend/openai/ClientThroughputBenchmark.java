package io.indaba.backend.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.indaba.plugin.ApiKey;
import io.indaba.plugin.BackendConfig;
import io.indaba.plugin.ChatMessage;
import io.indaba.plugin.GenerationRequest;
import io.indaba.plugin.GenerationResult;
import io.indaba.plugin.InferenceClient;
import io.indaba.plugin.Sampling;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * them: what this machine and this server allow to any client.
 * Run: {@code bench/client.sh [tokens] [delayMs] [rounds]}.
 */
public final class ClientThroughputBenchmark {

    private ClientThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int delayMs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> stream(exchange, tokens, delayMs));
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try {
            run(url, 8, tokens, delayMs, 1); // warm-up: class loading, JIT, connections
            System.out.printf("tokens/request %d, delay %d ms/token, %d rounds of C requests per level%n", tokens,
                    delayMs, rounds);
            baseline(url, 8, tokens, 1);
            System.out.printf("%8s %10s %14s %14s %7s %16s %9s%n", "inflight", "requests", "tokens/s", "server max/s",
                    "ratio", "baseline tok/s", "baseline");
            for (int c : new int[] {1, 8, 64, 256}) {
                double[] r = run(url, c, tokens, delayMs, rounds);
                double b = baseline(url, c, tokens, rounds);
                System.out.printf("%8d %10d %,14.0f %,14.0f %7.3f %,16.0f %9.3f%n", c, c * rounds, r[0], r[1],
                        r[0] / r[1], b, b / r[1]);
            }
        } finally {
            server.stop(0);
        }
        System.exit(0); // the server's virtual threads and OkHttp's pools would otherwise keep the JVM a while
    }

    /** Tokens per second measured and the server-limited maximum, for {@code rounds * c} requests at c in flight. */
    private static double[] run(URI url, int c, int tokens, int delayMs, int rounds) throws Exception {
        try (InferenceClient client = new OpenAiBackend().connect(BackendConfig.of(url, ApiKey.NONE, c))) {
            int requests = c * rounds;
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
            return new double[] {received / seconds, max};
        }
    }

    /** Tokens per second for the same load through the JDK's HttpClient, counting data lines only. */
    private static double baseline(URI url, int c, int tokens, int rounds) throws Exception {
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
        return received.get() / ((System.nanoTime() - start) / 1e9);
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
