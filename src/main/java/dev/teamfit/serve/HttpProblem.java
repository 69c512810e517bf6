package dev.teamfit.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Problem;

import java.util.List;
import java.util.Map;

/**
 * A request that cannot be answered, as an RFC 9457 problem: thrown by handlers, written once by
 * {@link Server} as {@code application/problem+json} for the API and as a page for the web app.
 * Validation problems keep the reader's messages, lines and key paths, as the CLI prints them.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** The problem types of teamfit's own; plain HTTP errors are {@code about:blank}. */
    static final String INVALID = "urn:teamfit:problem:invalid-input";
    static final String UNREADABLE = "urn:teamfit:problem:unreadable-input";
    static final String PARAMETER = "urn:teamfit:problem:invalid-parameter";
    static final String TOO_LARGE = "urn:teamfit:problem:too-large";
    static final String RULES = "urn:teamfit:problem:rule-failure";

    private final int status;
    private final String type;
    private final String title;
    private final transient List<Problem> errors;
    private final transient Map<String, String> headers;
    private final String id;

    HttpProblem(int status, String type, String title, String detail, List<Problem> errors,
                Map<String, String> headers, String id) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.id = id;
    }

    static HttpProblem of(int status, String title, String detail) {
        return new HttpProblem(status, "about:blank", title, detail, List.of(), Map.of(), null);
    }

    /**
     * A project that parses but is not valid (422): every problem, as {@code teamfit assess} prints them,
     * and each with its line, column and key path.
     */
    static HttpProblem invalid(InvalidInputException e) {
        return input(422, INVALID, "The input is not valid", e);
    }

    /** Projects that are not valid (422), their messages as {@code teamfit plan} prints them. */
    static HttpProblem invalid(List<String> messages) {
        List<String> shown = messages.stream().limit(InvalidInputException.SHOWN).toList();
        String more = messages.size() > shown.size() ? "\nand " + (messages.size() - shown.size())
                + " more problems; fix these first." : "";
        return new HttpProblem(422, INVALID, "The input is not valid", String.join("\n", shown) + more, List.of(),
                Map.of(), null);
    }

    /** A body that does not parse (400): not UTF-8, empty, not YAML or JSON, too deep; as the CLI says it. */
    static HttpProblem unreadable(InvalidInputException e) {
        return input(400, UNREADABLE, "The input cannot be read", e);
    }

    /** A what-if query parameter ({@code ?set=}, {@code ?add-member=}, {@code ?remove-member=}) that does not read (400). */
    static HttpProblem badQuery(InvalidInputException e) {
        return input(400, PARAMETER, "A query parameter is not valid", e);
    }

    private static HttpProblem input(int status, String type, String title, InvalidInputException e) {
        return new HttpProblem(status, type, title, String.join("\n", e.lines()),
                e.problems().stream().limit(InvalidInputException.SHOWN).toList(), Map.of(), null);
    }

    static HttpProblem tooLarge(String what, long limit, String option) {
        return new HttpProblem(413, TOO_LARGE, "Content too large", what + " is over the limit of " + limit
                + " bytes (teamfit serve " + option + ").", List.of(), Map.of(), null);
    }

    static HttpProblem unsupported(String given, List<String> accepted) {
        return of(415, "Unsupported media type", (given == null ? "No Content-Type given" : "Content-Type "
                + given + " is not accepted here") + ". Send one of: " + String.join(", ", accepted) + ".");
    }

    static HttpProblem overloaded() {
        return new HttpProblem(503, "about:blank", "Service unavailable", "Every worker is busy and the queue is full. "
                + "Try again in a moment.", List.of(), Map.of("Retry-After", "1"), null);
    }

    static HttpProblem rules(String message) {
        return new HttpProblem(500, RULES, "The rules failed", message, List.of(), Map.of(), null);
    }

    /** An unexpected failure: the client gets an id to quote, the log gets the stack trace. */
    static HttpProblem internal(String id) {
        return new HttpProblem(500, "about:blank", "Internal server error", "Something went wrong on the server. "
                + "Its log has the details under id " + id + ".", List.of(), Map.of(), id);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<Problem> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode json(String instance) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        node.put("title", title);
        node.put("status", status);
        node.put("detail", getMessage());
        node.put("instance", instance);
        if (id != null) {
            node.put("id", id);
        }
        if (!errors.isEmpty() || INVALID.equals(type) || UNREADABLE.equals(type)) {
            ArrayNode list = node.putArray("errors");
            for (Problem p : errors) {
                ObjectNode error = list.addObject();
                boolean placed = p.at() != null && p.at().origin() == null;
                error.put("line", placed ? p.at().line() : null);
                error.put("column", placed ? p.at().column() : null);
                error.put("path", p.path());
                error.put("message", p.message());
                if (p.at() != null && p.at().origin() != null) {
                    error.put("origin", p.at().origin());
                }
            }
        }
        return node;
    }
}
