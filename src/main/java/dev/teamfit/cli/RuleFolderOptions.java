package dev.teamfit.cli;

import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleBuildException;
import dev.teamfit.engine.RuleFolder;
import dev.teamfit.model.Catalog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that choose the rule base: {@code --rules} replaces the bundled rules, {@code --add-rules} adds.
 * For the commands that read rules without running them on a project; {@link RuleOptions} adds the time limit
 * of the commands that do.
 */
class RuleFolderOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rules and catalog in DIR instead of the bundled ones. A rules folder is code: "
                    + "it runs with your rights.")
    Path rules;

    @Option(names = "--add-rules", paramLabel = "DIR",
            description = "Add the rules (and catalog entries) in DIR on top of the others; repeatable. Without it, "
                    + "the folders of TEAMFIT_ADD_RULES or of add-rules in your teamfit.yaml (teamfit config).")
    List<Path> addRules = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private List<RuleFolder> folders;

    /** The rule folders, read once. */
    List<RuleFolder> folders() {
        if (folders == null) {
            List<RuleFolder> list = new ArrayList<>();
            list.add(rules == null ? RuleFolder.bundled() : read(rules));
            added().forEach(dir -> list.add(read(dir)));
            folders = List.copyOf(list);
        }
        return folders;
    }

    /** The folders to add: those on the command line, else the user's settings (TEAMFIT_ADD_RULES, add-rules). */
    List<Path> added() {
        return addRules.isEmpty() ? TeamfitCommand.settings(mixee).addRules() : addRules;
    }

    private Catalog catalog;

    /** The catalog, without compiling the rules; read once. */
    Catalog catalog() {
        if (catalog == null) {
            // The bundled rule base reads the bundled catalog; read it once.
            catalog = built(() -> bundledOnly() ? RuleBase.bundled().catalog() : RuleBase.catalog(folders()));
        }
        return catalog;
    }

    /** The compiled rule base; its build warnings go to stderr. */
    RuleBase compile() {
        return bundledOnly() ? built(RuleBase::bundled) : compile(folders());
    }

    private boolean bundledOnly() {
        return rules == null && added().isEmpty();
    }

    /** The rule base of given folders; its build warnings go to stderr. */
    RuleBase compile(List<RuleFolder> list) {
        return warn(built(() -> RuleBase.compile(list, RuleBase.DEFAULT_FIRING_LIMIT)));
    }

    private RuleBase warn(RuleBase base) {
        if (!base.warnings().isEmpty()) {
            PrintWriter err = mixee.commandLine().getErr();
            base.warnings().forEach(w -> err.println("teamfit: " + w));
            err.flush();
        }
        return base;
    }

    private interface Build<T> {
        T get() throws RuleBuildException;
    }

    /** What the build gives; its problems are exit code 2. */
    private static <T> T built(Build<T> build) {
        try {
            return build.get();
        } catch (RuleBuildException e) {
            throw TeamfitException.invalid(e.problems(), e);
        }
    }

    static RuleFolder read(Path dir) {
        try {
            return RuleFolder.of(dir);
        } catch (IOException e) {
            throw TeamfitException.invalid("cannot read rules folder " + dir + ": " + Output.describe(e) + ".");
        }
    }
}
