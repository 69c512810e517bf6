package dev.teamfit.serve;

import dev.teamfit.portfolio.Outcome;
import dev.teamfit.portfolio.Portfolio;
import dev.teamfit.portfolio.PortfolioSummary;
import dev.teamfit.portfolio.Source;
import dev.teamfit.report.Format;
import dev.teamfit.report.PortfolioWriter;
import dev.teamfit.report.Reports;
import io.javalin.http.Context;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A portfolio's result written as it is assessed, as {@code teamfit portfolio} writes it: each project's
 * result (a JSON Lines line, or its part of the page) leaves the server as soon as the project is done.
 */
final class Streams {

    private Streams() {
    }

    static void portfolio(Context ctx, Service service, Uploads uploads, Format format) throws IOException {
        ctx.status(200).contentType(Api.mediaType(format));
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 14);
        PortfolioWriter writer = Reports.of(format, service.catalog(), false).portfolio(out);
        // One thread per request: the request holds one worker, and so at most one core.
        Portfolio.Options options = new Portfolio.Options(1, service.settings().maxInputBytes(), 20,
                service.settings().ruleTimeout());
        PortfolioSummary summary = Portfolio.run(service.rules(), uploads.files(), options, outcome -> {
            try {
                writer.outcome(relabel(outcome, uploads.prefix()));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (pass, done, total, errors) -> { });
        writer.finish(summary);
        out.flush();
    }

    /** The outcome with the upload folder left out of its file name and messages: files are named as uploaded. */
    static Outcome relabel(Outcome outcome, String prefix) {
        Source source = new Source(outcome.source().file().replace(prefix, ""), outcome.source().line());
        if (outcome instanceof Outcome.Failure failure) {
            return new Outcome.Failure(source, failure.messages().stream().map(m -> m.replace(prefix, "")).toList());
        }
        return new Outcome.Result(source, ((Outcome.Result) outcome).assessment());
    }
}
