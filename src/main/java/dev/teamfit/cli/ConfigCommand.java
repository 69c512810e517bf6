package dev.teamfit.cli;

import picocli.CommandLine.Command;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code teamfit config}: the defaults in force, and where each comes from. */
@Command(name = "config", description = "Print the defaults in force for the options you can keep (--format, --fail-on, --strict, "
                + "--add-rules) and where each comes from. The command line wins over the environment (TEAMFIT_FORMAT, "
                + "TEAMFIT_FAIL_ON, TEAMFIT_STRICT, TEAMFIT_ADD_RULES), which wins over teamfit.yaml in the working "
                + "folder, which wins over teamfit.yaml in your config folder ($XDG_CONFIG_HOME/teamfit, else "
                + "~/.config/teamfit). Only your config folder and the environment may add rules.")
final class ConfigCommand extends Subcommand {

    /** What applies when nothing sets a key. */
    private static final Map<Settings.Key, String> DEFAULTS = Map.of(
            Settings.Key.FORMAT, "text (or the extension of --output)",
            Settings.Key.FAIL_ON, "none",
            Settings.Key.STRICT, "false",
            Settings.Key.ADD_RULES, "none");

    @Override
    public Integer call() {
        Settings settings = TeamfitCommand.settings(spec);
        List<List<String>> rows = new ArrayList<>();
        for (Settings.Key key : Settings.Key.values()) {
            rows.add(settings.get(key)
                    .map(s -> List.of(key.name, s.value().isEmpty() ? "none" : s.value(), s.origin()))
                    .orElse(List.of(key.name, DEFAULTS.get(key), "default")));
        }
        PrintWriter out = out();
        out.println("In force (the command line wins over the environment, which wins over the files):");
        out.print(CatalogCommand.columns(rows));
        out.println();
        out.println("Files, the later winning:");
        for (Settings.Source source : settings.sources()) {
            out.println("  " + source.file() + "  (" + source.role() + (source.found() ? "" : ", not there")
                    + (source.role().equals("working folder") ? "; may not set add-rules" : "") + ")");
        }
        out.println();
        out.println("Environment: " + String.join(", ", java.util.Arrays.stream(Settings.Key.values())
                .map(Settings.Key::variable).toList()) + " (folders separated by '" + File.pathSeparator + "').");
        out.flush();
        return 0;
    }
}
