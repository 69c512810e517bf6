package dev.teamfit.serve;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.TreeReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A server on a free loopback port for a test, and plain HTTP requests to it. */
final class Serving implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final Server server;

    Serving(RuleBase rules, Settings settings) {
        this(rules, settings, null);
    }

    Serving(RuleBase rules, Settings settings, dev.teamfit.input.PeopleReader.Pool people) {
        server = Server.start(settings, rules, people);
    }

    /** A server with the CLI's defaults: 1 MiB a project, 2 threads, a queue of 16. */
    static Serving start(RuleBase rules) {
        return new Serving(rules, settings(2, 16, 4L << 20, Duration.ofSeconds(5)));
    }

    static Settings settings(int threads, int queue, long maxPortfolioBytes, Duration ruleTimeout) {
        return new Settings("127.0.0.1", 0, TreeReader.DEFAULT_MAX_BYTES, maxPortfolioBytes, threads, queue,
                ruleTimeout, false, Settings.IDLE);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    HttpResponse<byte[]> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A form post, fields URL-encoded in the order given. */
    HttpResponse<byte[]> form(String path, List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return post(path, "application/x-www-form-urlencoded", body.toString());
    }

    /** A multipart post of files, each part named {@code field}. */
    HttpResponse<byte[]> upload(String path, String field, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "teamfit-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((name, bytes) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
