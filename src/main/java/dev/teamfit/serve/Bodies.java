package dev.teamfit.serve;

import dev.teamfit.input.TreeReader;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies are untrusted data: read only up to a limit (the declared length is checked first,
 * then the bytes as they come), and only in the media types an endpoint accepts.
 */
final class Bodies {

    /** The media types of a project, by syntax. */
    static final List<String> PROJECT_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml",
            "application/json");
    /** The media types of a portfolio's JSON Lines. */
    static final List<String> LINES_TYPES = List.of("application/jsonl", "application/x-ndjson",
            "application/x-jsonlines", "application/jsonlines");

    private Bodies() {
    }

    /** The media type of the request, lower case, without parameters; null when not given. */
    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The syntax of a project body by its Content-Type; 415 for anything else. */
    static TreeReader.Syntax syntax(Context ctx) {
        String type = mediaType(ctx);
        if (type != null && (type.equals("application/json") || type.endsWith("+json"))) {
            return TreeReader.Syntax.JSON;
        }
        if (type != null && PROJECT_TYPES.contains(type)) {
            return TreeReader.Syntax.YAML;
        }
        throw HttpProblem.unsupported(ctx.contentType(), PROJECT_TYPES);
    }

    /** Accepts only the given media types; 415 for others. */
    static void accept(Context ctx, List<String> types) {
        String type = mediaType(ctx);
        if (type == null || !types.contains(type)) {
            throw HttpProblem.unsupported(ctx.contentType(), types);
        }
    }

    /** The whole body, at most {@code max} bytes; 413 beyond. */
    static byte[] read(Context ctx, long max, String what, String option) {
        checkLength(ctx, max, what, option);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw HttpProblem.tooLarge(what, max, option);
            }
            return bytes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies the body into {@code file} as it arrives, at most {@code max} bytes; 413 beyond. */
    static void spool(Context ctx, Path file, long max, String what, String option) {
        checkLength(ctx, max, what, option);
        try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(file)) {
            copy(in, out, max, what, option);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies at most {@code max} bytes; 413 when there are more. Returns the count copied. */
    static long copy(InputStream in, OutputStream out, long max, String what, String option) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw HttpProblem.tooLarge(what, max, option);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void checkLength(Context ctx, long max, String what, String option) {
        if (ctx.req().getContentLengthLong() > max) {
            throw HttpProblem.tooLarge(what, max, option);
        }
    }
}
