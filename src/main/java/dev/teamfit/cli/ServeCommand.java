package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.PeopleReader;
import dev.teamfit.serve.Server;
import dev.teamfit.serve.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code teamfit serve}: the web app for people and {@code /api/v1} for tools, until Ctrl-C. */
@Command(name = "serve",
        description = "Serve the web app (a form for a project, its report, compare, portfolio and plan pages) and "
                + "the HTTP API /api/v1 (assess, portfolio, compare, plan, catalog, schema, openapi.json, health). Rules and "
                + "the people pool are loaded once, at start-up. There is no authentication: it listens on the "
                + "loopback address unless --bind says otherwise. Ctrl-C stops it.",
        exitCodeList = {"0:stopped", "1:internal error", "2:usage error, invalid rules or people, or the port is taken"})
final class ServeCommand extends Subcommand {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else "
                    + "lets others reach it, without authentication.")
    String bind;

    @Option(names = "--threads", paramLabel = "N", description = "Requests assessed at once (default: the machine's "
            + "cores).")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "100",
            description = "Requests that may wait for a thread; beyond, 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-portfolio-bytes", paramLabel = "N", defaultValue = "" + (64L << 20),
            description = "Refuse a portfolio upload larger than N bytes in all, 413 (default: ${DEFAULT-VALUE}, "
                    + "64 MiB). Each project is bounded by --max-input-bytes.")
    long maxPortfolioBytes;

    @Option(names = "--people", paramLabel = "FILE", description = "The pool of people staffing plans draw on "
            + "(YAML, JSON or JSON Lines, as plan --people), read once at start-up. Without it, a plan draws on the "
            + "projects' own teams.")
    Path people;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() throws InterruptedException {
        project.checkLimit();
        int threadCount = ProjectOptions.threads(threads);
        if (queue < 0 || queue > 100_000) {
            throw TeamfitException.invalid("--queue must be from 0 to 100000, not " + queue + ".");
        }
        if (maxPortfolioBytes < project.maxInputBytes || maxPortfolioBytes > 1L << 40) {
            throw TeamfitException.invalid("--max-portfolio-bytes must be at least --max-input-bytes ("
                    + project.maxInputBytes + ") and at most 1 TiB.");
        }
        if (port < 0 || port > 65_535) {
            throw TeamfitException.invalid("--port must be from 0 to 65535, not " + port + ".");
        }
        Settings settings = new Settings(bind, port, project.maxInputBytes, maxPortfolioBytes, threadCount, queue,
                project.rules.timeout(), project.strict, Settings.IDLE);
        RuleBase base = project.rules.compile();
        PeopleReader.Pool pool = people == null ? null : project.readPeople(people, base.catalog());
        Server server;
        try {
            server = Server.start(settings, base, pool);
        } catch (RuntimeException e) {
            throw TeamfitException.invalid("cannot listen on " + bind + ":" + port + ": " + rootMessage(e)
                    + ". Choose another --port or --bind.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "teamfit-serve-stop"));
        PrintWriter out = out();
        out.println("teamfit serve: " + server.url() + " (the API at " + server.url() + "api/v1/; Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
