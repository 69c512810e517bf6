package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code teamfit serve} as a user starts and stops it: the URL printed, Ctrl-C, the no-authentication warning, bad options. */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("^teamfit serve: (http://[^ ]+/) ");

    /** Starts serve in a process of its own; returns it once it printed its URL. */
    private static Process start(List<String> lines, String... args) throws IOException {
        Process process = new ProcessBuilder(Child.java(List.of(), args)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (URL.matcher(line).find()) {
                break;
            }
        }
        return process;
    }

    @Test
    void itPrintsItsUrlAnswersAndStopsCleanlyOnCtrlC() throws Exception {
        assumeFalse(Child.ignoresInterrupt(), "this build ignores SIGINT (started as a background job), and so would serve");
        List<String> lines = new java.util.ArrayList<>();
        Process process = start(lines, "serve", "--port", "0");
        try {
            Matcher url = URL.matcher(lines.get(lines.size() - 1));
            assertTrue(url.find(), String.join("\n", lines));
            assertTrue(url.group(1).startsWith("http://127.0.0.1:"), url.group(1));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url.group(1) + "api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertFalse(String.join("\n", lines).contains("no authentication"), "loopback: no warning");

            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            // A guard against a hung process, not a measure of speed.
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "stopped on SIGINT");
            String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(rest.contains("Exception") || rest.contains("\tat "), rest);
            URI address = URI.create(url.group(1));
            assertThrows(ConnectException.class, () -> new Socket(address.getHost(), address.getPort()).close(),
                    "the port is closed");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void beyondLoopbackItSaysThereIsNoAuthentication() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        Process process = start(lines, "serve", "--port", "0", "--bind", "0.0.0.0");
        try {
            assertTrue(String.join("\n", lines).contains("there is no authentication"), String.join("\n", lines));
        } finally {
            process.destroy();
            process.waitFor(2, TimeUnit.MINUTES);
        }
    }

    @Test
    void badOptionsAndATakenPortAreUsageErrors() throws IOException {
        CliRunner.Run threads = CliRunner.run("serve", "--threads", "0");
        assertEquals(2, threads.exitCode());
        assertEquals("teamfit: error: --threads must be from 1 to 256, not 0.\n", threads.err());
        assertEquals(2, CliRunner.run("serve", "--port", "70000").exitCode());
        assertEquals(2, CliRunner.run("serve", "--max-portfolio-bytes", "10").exitCode());
        CliRunner.Run people = CliRunner.run("serve", "--people", "no/such/people.yaml");
        assertEquals(2, people.exitCode());
        assertEquals("teamfit: error: --people no/such/people.yaml: no such file.\n", people.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRunner.Run run = CliRunner.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("teamfit: error: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }
}
