package dev.teamfit.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code teamfit completion bash|zsh}: the shell completion script, from picocli's AutoComplete. */
@Command(name = "completion", description = "Print a script that completes teamfit's commands and options when you press Tab. Load it "
                + "from your shell's start-up file: source <(teamfit completion bash) in ~/.bashrc, or "
                + "source <(teamfit completion zsh) in ~/.zshrc.")
final class CompletionCommand extends Subcommand {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        write(script(shell), null);
        return 0;
    }

    /** The script for a shell: picocli's, which also runs in zsh through zsh's bash completion. */
    static String script(Shell shell) {
        PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
        CommandLine all = Cli.create(discard, discard);
        String script = AutoComplete.bash("teamfit", all);
        return shell == Shell.zsh
                ? "# teamfit completion for zsh: picocli's script, which loads zsh's bash completion (bashcompinit).\n"
                + "# Use it with: source <(teamfit completion zsh)\n" + script
                : script;
    }
}
