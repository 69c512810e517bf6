package dev.teamfit.cli;

import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --format}: the output format of a command's document. Without it, the format follows the
 * extension of {@code --output} ({@code report.html}), else text.
 */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FMT",
            description = "Output format: text, json, markdown, csv or html (portfolio: also jsonl). Default: the "
                    + "extension of --output when it names one, else text.")
    String format;

    /** The chosen format, checked against those the document is offered in. */
    Format of(Reports.Document document, Path output) {
        java.util.List<Format> allowed = Reports.formats(document);
        if (format == null) {
            return output == null ? Format.TEXT : Format.ofFile(output.getFileName() == null ? ""
                    : output.getFileName().toString()).filter(allowed::contains).orElse(Format.TEXT);
        }
        return allowed.stream().filter(f -> f.id().equals(format.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> TeamfitException.invalid("--format " + format + ": not a format here. Allowed: "
                        + Format.ids(allowed) + "."));
    }
}
