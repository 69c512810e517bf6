package dev.teamfit.serve;

import dev.teamfit.compare.Comparison;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Node;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.Problem;
import dev.teamfit.input.ProjectReader;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Assessment;
import dev.teamfit.report.Format;
import dev.teamfit.report.HtmlView;
import dev.teamfit.report.Reports;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web app's pages: the new-assessment form, its result, compare and portfolio. Each handler reads
 * its request on Jetty's thread, then does the work on a {@link Workers} thread through the same engine
 * API as the CLI, and draws a template.
 */
final class Pages {

    private final Service service;
    private final Workers workers;
    private final Templates templates;

    Pages(Service service, Workers workers, Templates templates) {
        this.service = service;
        this.workers = workers;
        this.templates = templates;
    }

    /** GET /: an empty form. */
    void form(Context ctx) {
        html(ctx, form(ProjectForm.empty()));
    }

    /** POST /: the form's buttons. */
    void submit(Context ctx) {
        ProjectForm form = ProjectForm.of(ctx.formParamMap());
        String action = ctx.formParam("action") == null ? "assess" : ctx.formParam("action");
        String[] parts = action.split(":");
        switch (parts[0]) {
            case "add-member" -> html(ctx, form(form.withMember()));
            case "remove-member" -> html(ctx, form(form.withoutMember(number(parts, 1))));
            case "add-skill" -> html(ctx, form(form.withSkill(number(parts, 1))));
            case "remove-skill" -> html(ctx, form(form.withoutSkill(number(parts, 1), number(parts, 2))));
            case "export" -> attachment(ctx, form.yaml(), Format.TEXT, fileName(form.value("id")), "yaml");
            case "compare" -> html(ctx, templates.render("serve/compare.jte",
                    Map.of("c", new CompareForm(form.yaml(), "", List.of()))));
            default -> {
                workers.admit();
                workers.run(ctx, () -> assess(ctx, form));
            }
        }
    }

    private void assess(Context ctx, ProjectForm form) {
        ProjectForm.Document document = form.document();
        String yaml = ProjectForm.yaml(document.tree());
        ProjectReader.Loaded loaded;
        try {
            loaded = read(yaml);
        } catch (InvalidInputException e) {
            html(ctx.status(422), form(form, e.problems(), document.places(), false, null, null));
            return;
        }
        Assessment assessment = service.assess(loaded);
        html(ctx, templates.render("serve/result.jte", Map.of("a", assessment,
                "v", new HtmlView(service.catalog(), assessment.project().id(), 1), "yaml", yaml)));
    }

    private ProjectReader.Loaded read(String yaml) throws InvalidInputException {
        return service.read("form", yaml.getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.YAML, Overrides.none());
    }

    /** POST /import: a project file uploaded, filling the form; the reader's messages on it beside the fields. */
    void importFile(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename().isBlank()) {
            html(ctx.status(400), form(ProjectForm.empty(), List.of(), Map.of(), false, null,
                    "Choose a project file to import."));
            return;
        }
        String name = Uploads.name(file.filename());
        byte[] bytes = Uploads.bytes(file, service.settings().maxInputBytes());
        workers.admit();
        workers.run(ctx, () -> fill(ctx, name, bytes, TreeReader.Syntax.of(name), "Imported " + name + "."));
    }

    /** POST /edit: a project carried over from a result page, back in the form. */
    void edit(Context ctx) {
        byte[] bytes = text(ctx, "project").getBytes(StandardCharsets.UTF_8);
        workers.admit();
        workers.run(ctx, () -> fill(ctx, "project.yaml", bytes, TreeReader.Syntax.YAML, null));
    }

    private void fill(Context ctx, String name, byte[] bytes, TreeReader.Syntax syntax, String notice) {
        if (bytes.length > service.settings().maxInputBytes()) {
            throw HttpProblem.tooLarge(name, service.settings().maxInputBytes(), "--max-input-bytes");
        }
        Node tree;
        try {
            tree = service.parse(name, bytes, syntax);
        } catch (InvalidInputException e) {
            html(ctx.status(400), form(ProjectForm.empty(), e.problems(), Map.of(), true, name, null));
            return;
        }
        ProjectForm form = ProjectForm.of(tree);
        List<Problem> problems = List.of();
        try {
            service.bind(name, tree, Overrides.none());
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        html(ctx, form(form, problems, form.document().places(), true, name, notice));
    }

    /** POST /download: the project of a result page in another format, as a file. */
    void download(Context ctx) {
        String yaml = text(ctx, "project");
        String id = text(ctx, "format");
        if (id.equals("yaml")) {
            attachment(ctx, yaml, Format.TEXT, "project", "yaml");
            return;
        }
        Format format = Api.format(id, Reports.Document.ASSESSMENT, Format.JSON);
        workers.admit();
        workers.run(ctx, () -> {
            ProjectReader.Loaded loaded;
            try {
                loaded = read(yaml);
            } catch (InvalidInputException e) {
                throw HttpProblem.invalid(e);
            }
            Assessment assessment = service.assess(loaded);
            attachment(ctx, Reports.of(format, service.catalog(), false).assessment(assessment), format,
                    fileName(assessment.project().id()), format.extension());
        });
    }

    /** GET /compare. */
    void compareForm(Context ctx) {
        html(ctx, templates.render("serve/compare.jte", Map.of("c", new CompareForm("", "", List.of()))));
    }

    /** POST /compare: a project and changes to it, one per line; the comparison as teamfit compare draws it. */
    void compare(Context ctx) {
        String base = text(ctx, "base");
        String name = "project.yaml";
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file != null && !file.filename().isBlank()) {
            name = Uploads.name(file.filename());
            base = new String(Uploads.bytes(file, service.settings().maxInputBytes()), StandardCharsets.UTF_8);
        }
        String changes = text(ctx, "changes");
        if (!"compare".equals(ctx.formParam("action"))) {
            html(ctx, templates.render("serve/compare.jte", Map.of("c", new CompareForm(base, changes, List.of()))));
            return;
        }
        String baseText = base;
        String label = name;
        workers.admit();
        workers.run(ctx, () -> compare(ctx, label, baseText, changes));
    }

    private void compare(Context ctx, String name, String base, String changes) {
        List<String> errors = new ArrayList<>();
        Overrides overrides = Overrides.none();
        try {
            overrides = Changes.parse(changes);
            if (overrides.isEmpty()) {
                errors.add("Give at least one change, such as deployment.mode=streaming.");
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.lines());
        }
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        TreeReader.Syntax syntax = TreeReader.Syntax.of(name);
        ProjectReader.Loaded original = null;
        ProjectReader.Loaded changed = null;
        try {
            original = service.read(name, bytes, syntax, Overrides.none());
            if (errors.isEmpty()) {
                changed = service.read(name, bytes, syntax, overrides);
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.lines());
        }
        if (!errors.isEmpty() || original == null || changed == null) {
            html(ctx.status(422), templates.render("serve/compare.jte", Map.of("c", new CompareForm(base, changes,
                    errors))));
            return;
        }
        Map<String, Assessment> variants = new LinkedHashMap<>();
        variants.put(Changes.label(overrides), service.assess(changed));
        Comparison comparison = Comparison.of(service.assess(original), variants, service.catalog());
        html(ctx, Reports.of(Format.HTML, service.catalog(), false).comparison(comparison));
    }

    /** GET /portfolio. */
    void portfolioForm(Context ctx) {
        html(ctx, templates.render("serve/portfolio.jte", Map.of("limit", service.settings().maxPortfolioBytes())));
    }

    /** POST /portfolio: the files uploaded, assessed as teamfit portfolio does, the page streamed as it is written. */
    void portfolio(Context ctx) {
        workers.admit();
        Uploads uploads = Uploads.of(ctx.uploadedFiles("files"), service.settings().maxPortfolioBytes());
        if (uploads.isEmpty()) {
            uploads.close();
            html(ctx.status(400), templates.render("serve/error.jte", Map.of("status", 400, "title",
                    "No files", "detail", "Choose one or more project files or JSON Lines files to assess.")));
            return;
        }
        workers.run(ctx, uploads, () -> Streams.portfolio(ctx, service, uploads, Format.HTML));
    }

    /** GET /plan: the staffing plan's form. */
    void plan(Context ctx) {
        html(ctx, planPage(null));
    }

    private String planPage(String error) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("people", service.people().map(p -> p.people().size()).orElse(0));
        params.put("from", java.time.YearMonth.now().toString());
        params.put("limit", service.settings().maxPortfolioBytes());
        params.put("error", error);
        return templates.render("serve/plan.jte", params);
    }

    /**
     * POST /plan: project files (or JSON Lines) uploaded, planned from the server's people pool as
     * {@code teamfit plan} plans them; the plan's HTML report.
     */
    void planSubmit(Context ctx) {
        workers.admit();
        java.time.YearMonth from = Api.month(ctx.formParam("from"));
        long seed = Api.seed(ctx.formParam("seed"));
        Uploads uploads = Uploads.of(ctx.uploadedFiles("files"), service.settings().maxPortfolioBytes());
        if (uploads.isEmpty()) {
            uploads.close();
            html(ctx.status(400), planPage("Choose one or more project files or JSON Lines files to plan."));
            return;
        }
        workers.run(ctx, uploads, () -> html(ctx, Reports.of(Format.HTML, service.catalog(), false)
                .plan(service.plan(uploads.files(), uploads.prefix(), from, seed))));
    }

    private String form(ProjectForm form) {
        return form(form, List.of(), Map.of(), false, null, null);
    }

    private String form(ProjectForm form, List<Problem> problems, Map<String, String> places, boolean located,
                        String file, String notice) {
        return templates.render("serve/form.jte", Map.of("f", FormView.of(form, service.catalog(), problems, places,
                located, file, notice)));
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void attachment(Context ctx, String body, Format format, String name, String extension) {
        ctx.contentType(extension.equals("yaml") ? "application/yaml; charset=utf-8" : Api.mediaType(format))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"")
                .result(body);
    }

    /** A file name from a project id: the id itself when it is one, else "project". */
    private static String fileName(String id) {
        return id != null && dev.teamfit.input.ProjectFormat.ID.matcher(id).matches() && id.length() <= 100
                ? id : "project";
    }

    private static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    private static int number(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
