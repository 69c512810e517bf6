package dev.teamfit.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build writes a man page per command (picocli-codegen's ManPageGenerator, AsciiDoc) and the
 * completion scripts, before the tests: each exists and mentions every command.
 */
class BuildDocsTest {

    private static final Path BUILD = Path.of(System.getProperty("teamfit.build", "target"));

    /** Every command and subcommand, as man page names: teamfit-assess, teamfit-rules-list, ... */
    private static List<String> commands() {
        java.io.PrintWriter discard = new java.io.PrintWriter(java.io.Writer.nullWriter());
        List<String> names = new ArrayList<>();
        collect(Cli.create(discard, discard), "teamfit", names);
        return names;
    }

    private static void collect(picocli.CommandLine command, String name, List<String> names) {
        for (Map.Entry<String, picocli.CommandLine> sub : command.getSubcommands().entrySet()) {
            String subName = name + "-" + sub.getKey();
            names.add(subName);
            collect(sub.getValue(), subName, names);
        }
    }

    @Test
    void everyCommandHasAManPageThatTheMainPageLinks() throws IOException {
        Path man = BUILD.resolve("man");
        String main = Files.readString(man.resolve("teamfit.adoc"));
        assertTrue(main.contains(":doctype: manpage") && main.contains("= teamfit(1)"), main);
        List<String> commands = commands();
        assertTrue(commands.containsAll(List.of("teamfit-assess", "teamfit-rules-test", "teamfit-config",
                "teamfit-completion")), commands.toString());
        for (String command : commands) {
            Path page = man.resolve(command + ".adoc");
            assertTrue(Files.isRegularFile(page), "no man page " + page);
            String text = Files.readString(page);
            assertTrue(text.contains("= " + command + "(1)") && text.contains("== Synopsis"), page.toString());
            if (command.chars().filter(c -> c == '-').count() == 1) {
                assertTrue(main.contains("xref:" + command + ".adoc["), "teamfit(1) does not list " + command);
            }
        }
    }

    @Test
    void theCompletionScriptsCompleteEveryCommand() throws IOException {
        for (String shell : List.of("bash", "zsh")) {
            String script = Files.readString(BUILD.resolve("completion/teamfit." + shell));
            for (String command : commands()) {
                String last = command.substring(command.lastIndexOf('-') + 1);
                assertTrue(script.contains(last), shell + " completion lacks " + command);
            }
            assertTrue(script.contains("complete -F _complete_teamfit"), shell);
        }
    }
}
