package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleBuildException;
import dev.teamfit.engine.RuleFolder;
import dev.teamfit.model.Catalog;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options that choose the rule base: {@code --rules} replaces the bundled rules, {@code --add-rules} adds. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rules and catalog in DIR instead of the bundled ones. A rules folder is code: "
                    + "it runs with your rights.")
    Path rules;

    @Option(names = "--add-rules", paramLabel = "DIR",
            description = "Add the rules (and catalog entries) in DIR on top of the others; repeatable.")
    List<Path> addRules = new ArrayList<>();

    private List<RuleFolder> folders;

    /** The rule folders, read once. */
    List<RuleFolder> folders() {
        if (folders == null) {
            List<RuleFolder> list = new ArrayList<>();
            list.add(rules == null ? RuleFolder.bundled() : read(rules));
            addRules.forEach(dir -> list.add(read(dir)));
            folders = List.copyOf(list);
        }
        return folders;
    }

    /** The catalog, without compiling the rules. */
    Catalog catalog() {
        try {
            return RuleBase.catalog(folders());
        } catch (RuleBuildException e) {
            throw TeamfitException.invalid(e.problems(), e);
        }
    }

    /** The compiled rule base. */
    RuleBase compile() {
        try {
            return rules == null && addRules.isEmpty() ? RuleBase.bundled()
                    : RuleBase.compile(folders(), RuleBase.DEFAULT_FIRING_LIMIT);
        } catch (RuleBuildException e) {
            throw TeamfitException.invalid(e.problems(), e);
        }
    }

    private static RuleFolder read(Path dir) {
        try {
            return RuleFolder.of(dir);
        } catch (IOException e) {
            throw TeamfitException.invalid("cannot read rules folder " + dir + ": " + Output.describe(e) + ".");
        }
    }
}
