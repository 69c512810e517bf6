import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of bench/serve: CLIENTS clients on loopback, each posting the samples in turn to
 * POST /api/v1/assess until REQUESTS have been sent in all; prints errors by status, throughput and
 * latency percentiles. Usage: java bench/ServeLoad.java PORT CLIENTS REQUESTS SAMPLE...
 */
public class ServeLoad {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        List<byte[]> bodies = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String sample : Arrays.copyOfRange(args, 3, args.length)) {
            bodies.add(Files.readAllBytes(Path.of(sample)));
            types.add(sample.endsWith(".json") ? "application/json" : "application/yaml");
        }
        // Loopback only: the bench never loads another machine.
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/assess");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[requests];
        Map<String, Integer> errors = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    int k = i % bodies.size();
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                            .header("Content-Type", types.get(k))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(k))).build();
                    long t = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            error = "HTTP " + response.statusCode();
                        }
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName();
                    }
                    latencies[i] = System.nanoTime() - t;
                    if (error != null) {
                        synchronized (errors) {
                            errors.merge(error, 1, Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("requests:   %d by %d clients (%d samples in turn)%n", requests, clients, bodies.size());
        System.out.printf("errors:     %d %s%n", errorCount, errors.isEmpty() ? "" : errors);
        System.out.printf("wall:       %.2f s%n", seconds);
        System.out.printf("throughput: %.0f requests/s%n", requests / seconds);
        System.out.printf("latency:    p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
        System.exit(errorCount == 0 ? 0 : 1);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
