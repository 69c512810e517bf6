package dev.teamfit.serve;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.input.PeopleReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.util.MultipartUtil;
import jakarta.servlet.MultipartConfigElement;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * {@code teamfit serve}: the web app and {@code /api/v1} on one Javalin server. The routes are listed in
 * {@link #routes}, errors become problems in {@link #errors}, once for every route: problem+json for the
 * API, a page for the web app, never a stack trace (that goes to the log, under the id the client gets).
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("teamfit.serve");
    /** Bytes per second below which a request's body is too slow to wait for. */
    private static final long MIN_DATA_RATE = 512;
    /** A form's fields, URL-encoded, take up to three bytes per byte of the project they describe. */
    private static final int FORM_EXPANSION = 4;
    private static final Templates TEMPLATES = new Templates();

    private final Javalin app;
    private final Workers workers;
    private final Settings settings;

    private Server(Javalin app, Workers workers, Settings settings) {
        this.app = app;
        this.workers = workers;
        this.settings = settings;
    }

    /**
     * Starts the server on the rule base and people pool loaded at start-up (rules are trusted code: they
     * come from the command line only, never from a request).
     *
     * @param people the pool of {@code --people}, or null
     */
    public static Server start(Settings settings, RuleBase rules, PeopleReader.Pool people) {
        Service service = new Service(rules, settings, people);
        Workers workers = new Workers(settings.threads(), settings.queue());
        String csp = "default-src 'self'; style-src 'self' " + TEMPLATES.styleHash() + "; style-src-elem 'self' "
                + TEMPLATES.styleHash() + "; style-src-attr 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        byte[] css = resource("/serve/serve.css");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxInputBytes() * FORM_EXPANSION;
            config.http.disableCompression();
            config.jetty.threadPool = new QueuedThreadPool(Math.max(32, settings.threads() * 4), 4, 60_000);
            config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_DATA_RATE));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.bind());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.idleTimeout().toMillis());
                return connector;
            });
        });
        Api api = new Api(service, workers);
        Pages pages = new Pages(service, workers, TEMPLATES);
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", csp);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
            if (ctx.isMultipartFormData()) {
                // Per request, not Javalin's process-wide multipart setting: uploads go to disk past 64 KiB.
                long max = ctx.path().equals("/portfolio") || ctx.path().equals("/plan") ? settings.maxPortfolioBytes()
                        : settings.maxInputBytes() * FORM_EXPANSION;
                ctx.attribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, new MultipartConfigElement(
                        System.getProperty("java.io.tmpdir"), max, max + (1 << 16), 1 << 16));
            }
        });
        routes(app, api, pages, css, resource("/serve/serve.js"));
        errors(app);
        app.start();
        Server started = new Server(app, workers, settings);
        if (!settings.loopback()) {
            LOG.warn("listening on {}, beyond this machine: there is no authentication, anyone who can reach it "
                    + "can use it", started.url());
        }
        return started;
    }

    /** Every route, in one place. */
    private static void routes(Javalin app, Api api, Pages pages, byte[] css, byte[] js) {
        app.get("/", pages::form);
        app.post("/", pages::submit);
        app.post("/import", pages::importFile);
        app.post("/edit", pages::edit);
        app.post("/download", pages::download);
        app.get("/compare", pages::compareForm);
        app.post("/compare", pages::compare);
        app.get("/portfolio", pages::portfolioForm);
        app.post("/portfolio", pages::portfolio);
        app.get("/plan", pages::plan);
        app.post("/plan", pages::planSubmit);
        app.get("/assets/serve.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        app.get("/assets/serve.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(js));
        // Browsers ask for it on every first visit: no icon, and no 404 in their console.
        app.get("/favicon.ico", ctx -> ctx.status(204));

        app.post("/api/v1/assess", api::assess);
        app.post("/api/v1/portfolio", api::portfolio);
        app.post("/api/v1/compare", api::compare);
        app.get("/api/v1/catalog", api::catalog);
        app.get("/api/v1/schema", api::schema);
        app.get("/api/v1/openapi.json", api::openapi);
        app.get("/api/v1/health", api::health);
        app.post("/api/v1/plan", api::plan);
    }

    /** Every error, once: a problem for the API, a page for the web app. */
    private static void errors(Javalin app) {
        app.exception(HttpProblem.class, Server::problem);
        app.exception(HttpResponseException.class, (e, ctx) -> {
            HttpProblem problem = HttpProblem.of(e.getStatus(), title(e.getStatus()), detail(e, ctx));
            if (e.getStatus() == 405) {
                ctx.header("Allow", e.getDetails().values().stream().findFirst().orElse(""));
            }
            problem(problem, ctx);
        });
        app.exception(Exception.class, (e, ctx) -> {
            HttpProblem known = known(e);
            if (known != null) {
                problem(known, ctx);
                return;
            }
            if (cause(e, EofException.class) != null) {
                LOG.debug("client went away: {} {}", ctx.method(), ctx.path());
                return;
            }
            String id = UUID.randomUUID().toString();
            LOG.error("{} {} failed, id {}", ctx.method(), ctx.path(), id, e);
            problem(HttpProblem.internal(id), ctx);
        });
    }

    /** The problem an exception from Jetty or a handler stands for, if it is a known one. */
    private static HttpProblem known(Exception e) {
        HttpProblem problem = cause(e, HttpProblem.class);
        if (problem != null) {
            return problem;
        }
        BadMessageException bad = cause(e, BadMessageException.class);
        if (bad != null) {
            return HttpProblem.of(bad.getCode(), title(bad.getCode()), bad.getReason() == null ? title(bad.getCode())
                    : bad.getReason() + ".");
        }
        if (cause(e, TimeoutException.class) != null) {
            return HttpProblem.of(408, "Request timeout", "The request's body did not arrive in time.");
        }
        IllegalStateException state = cause(e, IllegalStateException.class);
        if (state != null && state.getMessage() != null && state.getMessage().contains("exceeds max")) {
            // Jetty's multipart parser past the limits set per request.
            return HttpProblem.of(413, "Content too large", "The upload is over the server's limit (teamfit serve "
                    + "--max-portfolio-bytes for a portfolio, --max-input-bytes for a project).");
        }
        return null;
    }

    private static void problem(HttpProblem problem, Context ctx) {
        if (ctx.res().isCommitted()) {
            // Part of a streamed result is out: the status cannot change. End the stream where it is.
            LOG.warn("{} {} stopped after its response began: {}", ctx.method(), ctx.path(), problem.detail());
            return;
        }
        ctx.status(problem.status());
        problem.headers().forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/problem+json").result(
                    dev.teamfit.report.JsonReport.write(problem.json(ctx.path())));
        } else {
            Pages.html(ctx, TEMPLATES.render("serve/error.jte", Map.of("status", problem.status(),
                    "title", problem.title(), "detail", problem.detail())));
        }
    }

    private static String detail(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing is at " + Api.shown(ctx.path(), 80) + ".";
            case 405 -> ctx.method() + " is not allowed at " + Api.shown(ctx.path(), 80)
                    + ". Allowed: " + e.getDetails().values().stream().findFirst().orElse("none") + ".";
            case 413 -> "The request is over the server's limit (teamfit serve --max-input-bytes).";
            default -> title(e.getStatus()) + ".";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 431 -> "Request header fields too large";
            case 501 -> "Not implemented";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Bad request";
        };
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port listened on (the one chosen, when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The address of the web app. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops taking requests, ends those under way, and stops the workers. */
    @Override
    public void close() {
        app.stop();
        workers.close();
    }
}
