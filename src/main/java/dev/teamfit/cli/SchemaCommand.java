package dev.teamfit.cli;

import dev.teamfit.input.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code teamfit schema}: the JSON Schema of the input format, for editors and CI checks. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = TeamfitCommand.Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the project format, with the roles and levels "
                + "of the catalog. Point your editor's YAML or JSON support at it.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolderOptions rules;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaWriter.write(rules.catalog()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
