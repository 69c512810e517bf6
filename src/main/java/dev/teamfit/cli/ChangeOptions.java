package dev.teamfit.cli;

import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.Overrides;
import dev.teamfit.input.ProjectReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What-if changes to a project on the command line, validated like the file; and how the project is read. */
final class ChangeOptions {

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change an input value before assessing, by its key path: deployment.mode=streaming, "
                    + "data.volume=massive, team[Ana Ruiz].allocation=0.5. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--add-member", paramLabel = "SPEC",
            description = "Add a member: 'name=New hire;roles=mlops-engineer;allocation=1;skills=ci-cd-ct:proficient'. "
                    + "Repeatable.")
    List<String> added = new ArrayList<>();

    @Option(names = "--remove-member", paramLabel = "NAME", description = "Remove a member by name. Repeatable.")
    List<String> removed = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    /** The changes, checked for form; a bad one is exit 2 naming the option. */
    Overrides overrides() {
        return parse(sets, added, removed);
    }

    static Overrides parse(List<String> sets, List<String> added, List<String> removed) {
        try {
            return Overrides.parse(sets, added, removed);
        } catch (InvalidInputException e) {
            throw TeamfitException.invalid(e.lines(), e);
        }
    }

    /** Reads and validates one project file ({@code -}: stdin) with the changes made to it. */
    ProjectReader.Loaded read(Path file) {
        return project.read(file, project.rules.catalog(), overrides());
    }
}
