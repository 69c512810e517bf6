package dev.teamfit.cli;

import dev.teamfit.input.SchemaWriter;
import dev.teamfit.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code teamfit schema}: the JSON Schema of the input format, or of an output, for editors and CI checks. */
@Command(name = "schema", description = "Print a JSON Schema (draft 2020-12): by default of the project format, with the roles and "
                + "levels of the catalog (point your editor's YAML or JSON support at it); with --output, of "
                + "what assess, portfolio or plan writes as JSON.")
final class SchemaCommand extends Subcommand {

    @Option(names = "--output", paramLabel = "WHICH", defaultValue = "input",
            description = "Whose schema: input (a project file, the default), assess (what assess writes as JSON), "
                    + "portfolio (what portfolio writes as JSON, and each line of its JSONL) or plan (what plan "
                    + "writes as JSON).")
    String which;

    @Mixin
    RuleFolderOptions rules;

    @Override
    public Integer call() {
        String schema = switch (which.toLowerCase(Locale.ROOT)) {
            case "input" -> SchemaWriter.write(rules.catalog());
            case "assess" -> JsonReport.schema(JsonReport.Output.ASSESS);
            case "portfolio" -> JsonReport.schema(JsonReport.Output.PORTFOLIO);
            case "plan" -> JsonReport.schema(JsonReport.Output.PLAN);
            default -> throw TeamfitException.invalid("--output " + which + ": not a schema teamfit has. Allowed: "
                    + "input, assess, portfolio, plan.");
        };
        write(schema, null);
        return 0;
    }
}
