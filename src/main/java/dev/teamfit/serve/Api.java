package dev.teamfit.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.compare.Comparison;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.SchemaWriter;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.Format;
import dev.teamfit.report.JsonReport;
import dev.teamfit.report.Reports;
import io.javalin.http.Context;

import dev.teamfit.plan.PortfolioPlan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1}: the CLI's documents over HTTP, byte for byte what the same command prints. Each
 * handler reads its body on Jetty's thread within the limits, then assesses on a {@link Workers} thread.
 */
final class Api {

    /** The most variants one compare request may hold. */
    static final int MAX_VARIANTS = 8;
    private static final List<String> COMPARE_KEYS = List.of("base", "variants", "set", "add-member", "remove-member");

    private final Service service;
    private final Workers workers;
    private final String openapi;

    Api(Service service, Workers workers) {
        this.service = service;
        this.workers = workers;
        this.openapi = OpenApi.document(service.catalog());
    }

    /** POST /assess: one project, YAML or JSON by Content-Type; what {@code teamfit assess} prints. */
    void assess(Context ctx) {
        workers.admit();
        TreeReader.Syntax syntax = Bodies.syntax(ctx);
        Format format = format(ctx.queryParam("format"), Reports.Document.ASSESSMENT, Format.JSON);
        boolean explain = "true".equals(ctx.queryParam("explain"));
        Overrides changes = changes(ctx);
        byte[] body = Bodies.read(ctx, service.settings().maxInputBytes(), "The project", "--max-input-bytes");
        workers.run(ctx, () -> {
            Assessment assessment = service.assess(read(body, syntax, changes));
            ctx.contentType(mediaType(format)).result(Reports.of(format, service.catalog(), explain)
                    .assessment(assessment));
        });
    }

    /** The body as a project: 400 when it does not parse, 422 when it parses but is not valid. */
    private ProjectReader.Loaded read(byte[] body, TreeReader.Syntax syntax, Overrides changes) {
        Node tree;
        try {
            tree = service.parse("request", body, syntax);
        } catch (InvalidInputException e) {
            throw HttpProblem.unreadable(e);
        }
        try {
            return service.bind("request", tree, changes);
        } catch (InvalidInputException e) {
            throw HttpProblem.invalid(e);
        }
    }

    /**
     * POST /portfolio: JSON Lines in, one project a line; what {@code teamfit portfolio --format jsonl}
     * prints, line by line as the projects are assessed. The body is spooled to a temporary file first
     * (a portfolio takes two passes over its input), never held in memory.
     */
    void portfolio(Context ctx) {
        workers.admit();
        Bodies.accept(ctx, Bodies.LINES_TYPES);
        Format format = format(ctx.queryParam("format"), Reports.Document.PORTFOLIO, Format.JSONL);
        long max = service.settings().maxPortfolioBytes();
        Uploads uploads = Uploads.spooled("request.jsonl",
                file -> Bodies.spool(ctx, file, max, "The portfolio", "--max-portfolio-bytes"));
        workers.run(ctx, uploads, () -> Streams.portfolio(ctx, service, uploads, format));
    }

    /**
     * POST /compare: {@code {"base": PROJECT, "variants": [PROJECT...], "set": ["KEY=VALUE"...],
     * "add-member": [SPEC...], "remove-member": [NAME...]}}; each variant compared with the base, and the
     * base changed by the what-if lists as one more variant, as {@code teamfit compare} does.
     */
    void compare(Context ctx) {
        workers.admit();
        Bodies.accept(ctx, List.of("application/json"));
        Format format = format(ctx.queryParam("format"), Reports.Document.COMPARISON, Format.JSON);
        long max = service.settings().maxInputBytes() * (1 + MAX_VARIANTS);
        byte[] body = Bodies.read(ctx, max, "The comparison", "--max-input-bytes, times " + (1 + MAX_VARIANTS));
        workers.run(ctx, () -> {
            Comparison comparison = comparison(new TreeReader(max), body);
            ctx.contentType(mediaType(format)).result(Reports.of(format, service.catalog(), false)
                    .comparison(comparison));
        });
    }

    private Comparison comparison(TreeReader trees, byte[] body) {
        Node root;
        try {
            root = trees.parse("request", body, TreeReader.Syntax.JSON);
        } catch (InvalidInputException e) {
            throw HttpProblem.unreadable(e);
        }
        try {
            if (!(root instanceof Node.Mapping request)) {
                throw new InvalidInputException("request", new Problem(root.at(), "", "expected an object with "
                        + "base and variants, or base and set, add-member or remove-member."));
            }
            List<Problem> problems = new ArrayList<>();
            request.entries().values().stream().filter(e -> !COMPARE_KEYS.contains(e.key())).forEach(e ->
                    problems.add(new Problem(e.keyAt(), e.key(), "unknown key. Allowed: " + String.join(", ",
                            COMPARE_KEYS) + ".")));
            Node.Entry base = request.entries().get("base");
            if (base == null) {
                problems.add(new Problem(request.at(), "base", "the project to compare with is missing."));
            }
            List<Node> variants = list(request, "variants", problems);
            if (variants.size() > MAX_VARIANTS) {
                problems.add(new Problem(request.entries().get("variants").keyAt(), "variants", "at most "
                        + MAX_VARIANTS + " variants in one request."));
            }
            Overrides changes = Overrides.none();
            try {
                changes = Overrides.parse(strings(request, "set", problems), strings(request, "add-member", problems),
                        strings(request, "remove-member", problems));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (variants.isEmpty() && changes.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(request.at(), "", "give variants, or changes to the base with set, "
                        + "add-member or remove-member."));
            }
            // Every problem of the request at once: its own keys, the base's and each variant's.
            ProjectReader.Loaded original = base == null ? null : bind("base", base.value(), Overrides.none(), problems);
            Map<String, ProjectReader.Loaded> loaded = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(variants.size(), MAX_VARIANTS); i++) {
                loaded.put("variants[" + i + "]", bind("variants[" + i + "]", variants.get(i), Overrides.none(),
                        problems));
            }
            if (!changes.isEmpty() && problems.isEmpty()) {
                loaded.put(Changes.label(changes), bind("base", base.value(), changes, problems));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("request", problems);
            }
            Map<String, Assessment> assessments = new LinkedHashMap<>();
            loaded.forEach((label, project) -> assessments.put(label, service.assess(project)));
            return Comparison.of(service.assess(original), assessments, service.catalog());
        } catch (InvalidInputException e) {
            throw HttpProblem.invalid(e);
        }
    }

    /** A project of the request, its problems' key paths from the request's root. */
    private ProjectReader.Loaded bind(String path, Node node, Overrides changes, List<Problem> problems) {
        try {
            return service.bind("request", node, changes);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new Problem(p.at(), p.path().isEmpty() ? path
                    : path + "." + p.path(), p.message())));
            return null;
        }
    }

    private static List<Node> list(Node.Mapping request, String key, List<Problem> problems) {
        Node.Entry entry = request.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        if (entry.value() instanceof Node.Sequence sequence) {
            return sequence.items();
        }
        problems.add(new Problem(entry.keyAt(), key, "expected a list, found " + entry.value().describe() + "."));
        return List.of();
    }

    private static List<String> strings(Node.Mapping request, String key, List<Problem> problems) {
        List<String> strings = new ArrayList<>();
        List<Node> items = list(request, key, problems);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Node.Scalar s && s.value() instanceof String text) {
                strings.add(text);
            } else {
                problems.add(new Problem(items.get(i).at(), key + "[" + i + "]", "expected text, found "
                        + items.get(i).describe() + "."));
            }
        }
        return strings;
    }

    /** GET /catalog: the vocabulary as JSON. */
    void catalog(Context ctx) {
        ctx.contentType("application/json").result(CatalogJson.write(service.catalog()));
    }

    /** GET /schema: the JSON Schema of the project format, what {@code teamfit schema} prints. */
    void schema(Context ctx) {
        ctx.contentType("application/schema+json").result(SchemaWriter.write(service.catalog()));
    }

    /** GET /openapi.json: this API, described. */
    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }

    /** GET /health: up, and how busy. */
    void health(Context ctx) {
        ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("status", "ok");
        node.put("teamfit", JsonReport.VERSION);
        node.put("busy", workers.busy());
        node.put("threads", service.settings().threads());
        node.put("queue", service.settings().queue());
        node.put("abandonedRuleThreads", service.abandoned());
        node.put("people", service.people().map(p -> p.people().size()).orElse(0));
        ctx.contentType("application/json").result(JsonReport.write(node));
    }

    /**
     * POST /plan: a staffing plan, what {@code teamfit plan} prints, from the server's {@code --people}
     * pool (or the projects' own teams): one project (YAML or JSON) or several as JSON Lines;
     * {@code ?format=}, {@code ?from=YYYY-MM} (default: this month), {@code ?seed=N}, {@code ?explain=true}.
     */
    void plan(Context ctx) {
        workers.admit();
        String type = Bodies.mediaType(ctx);
        boolean lines = type != null && Bodies.LINES_TYPES.contains(type);
        TreeReader.Syntax syntax = lines ? null : Bodies.syntax(ctx);
        Format format = format(ctx.queryParam("format"), Reports.Document.PLAN, Format.JSON);
        YearMonth from = month(ctx.queryParam("from"));
        long seed = seed(ctx.queryParam("seed"));
        boolean explain = "true".equals(ctx.queryParam("explain"));
        String name = lines ? "request.jsonl" : syntax == TreeReader.Syntax.JSON ? "request.json" : "request.yaml";
        long max = lines ? service.settings().maxPortfolioBytes() : service.settings().maxInputBytes();
        Uploads uploads = Uploads.spooled(name, file -> Bodies.spool(ctx, file, max, "The projects",
                lines ? "--max-portfolio-bytes" : "--max-input-bytes"));
        workers.run(ctx, uploads, () -> {
            PortfolioPlan plan = service.plan(uploads.files(), uploads.prefix(), from, seed);
            ctx.contentType(mediaType(format)).result(Reports.of(format, service.catalog(), explain).plan(plan));
        });
    }

    /** The month of {@code ?from=}, as {@code --from}; this month when not given. */
    static YearMonth month(String given) {
        if (given == null || given.isBlank()) {
            return YearMonth.now();
        }
        if (given.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            return YearMonth.parse(given);
        }
        throw HttpProblem.of(400, "Bad request", "from " + shown(given, 40)
                + ": not a month. Give it as YYYY-MM, such as 2027-01.");
    }

    /** The seed of {@code ?seed=}, as {@code --seed}; 0 when not given. */
    static long seed(String given) {
        if (given == null || given.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw HttpProblem.of(400, "Bad request", "seed " + shown(given, 40)
                    + ": not a whole number.");
        }
    }

    /** Untrusted text as a message shows it: printable, and clipped at {@code max} characters. */
    static String shown(String given, int max) {
        return dev.teamfit.model.Text.printable(given.length() > max ? given.substring(0, max) + "…" : given);
    }

    /** The changes of {@code ?set=}, {@code ?add-member=} and {@code ?remove-member=}, as the CLI's options. */
    private static Overrides changes(Context ctx) {
        try {
            return Overrides.parse(ctx.queryParams("set"), ctx.queryParams("add-member"),
                    ctx.queryParams("remove-member"));
        } catch (InvalidInputException e) {
            throw HttpProblem.badQuery(e);
        }
    }

    /** The format of {@code ?format=}, among those the document is offered in. */
    static Format format(String given, Reports.Document document, Format otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        List<Format> allowed = Reports.formats(document);
        return allowed.stream().filter(f -> f.id().equals(given.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> HttpProblem.of(400, "Bad request", "format " + shown(given, 40) + ": not a format here. Allowed: "
                        + Format.ids(allowed) + "."));
    }

    /** The media type of a format's documents. */
    static String mediaType(Format format) {
        return switch (format) {
            case TEXT -> "text/plain; charset=utf-8";
            case JSON -> "application/json";
            case JSONL -> "application/jsonl";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
        };
    }
}
