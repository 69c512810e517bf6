package dev.teamfit.cli;

import dev.teamfit.report.Format;
import dev.teamfit.report.Reports;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --format} and {@code --output}: the format of a command's document and where it goes. Without
 * {@code --format}, the format follows the extension of {@code --output} ({@code report.html}), else the
 * settings, else text.
 */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FMT",
            description = "Output format: text, json, markdown, csv or html (portfolio: also jsonl). Default: the "
                    + "extension of --output when it names one, else TEAMFIT_FORMAT or format in your teamfit.yaml "
                    + "(teamfit config), else text.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the result to PATH instead of stdout.")
    Path output;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The chosen format, checked against those the document is offered in. */
    Format of(Reports.Document document) {
        java.util.List<Format> allowed = Reports.formats(document);
        if (format == null) {
            java.util.Optional<Format> byName = output == null || output.getFileName() == null ? java.util.Optional.empty()
                    : Format.ofFile(output.getFileName().toString()).filter(allowed::contains);
            return byName.or(() -> TeamfitCommand.settings(mixee).format(allowed)).orElse(Format.TEXT);
        }
        return allowed.stream().filter(f -> f.id().equals(format.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> TeamfitException.invalid("--format " + format + ": not a format here. Allowed: "
                        + Format.ids(allowed) + "."));
    }
}
