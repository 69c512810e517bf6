package dev.teamfit.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code teamfit completion bash|zsh}: picocli's completion script, for every command. */
class CompletionTest {

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void theScriptCompletesEveryCommand(String shell) {
        CliRunner.Run run = CliRunner.run("completion", shell);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F _complete_teamfit"), "a bash completion function");
        for (String command : TeamfitCommand.SUBCOMMANDS.keySet()) {
            assertTrue(run.out().contains(command), shell + " script lacks " + command);
        }
        assertTrue(run.out().contains("--fail-on") && run.out().contains("--add-rules"), "options are completed");
        if (shell.equals("zsh")) {
            assertTrue(run.out().contains("bashcompinit"), "zsh loads its bash completion");
        }
    }
}
