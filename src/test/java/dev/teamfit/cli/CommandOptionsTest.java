package dev.teamfit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each command offers the options that change what it does, and no others; rules list takes a folder. */
class CommandOptionsTest {

    private static final Pattern OPTION = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z-]+)");

    private static Set<String> options(String command) {
        CliRunner.Run help = CliRunner.run((command + " --help").split(" "));
        assertEquals(0, help.exitCode(), help.err());
        Set<String> names = new TreeSet<>();
        Matcher m = OPTION.matcher(help.out());
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(List.of("--help", "--version", "--debug"));
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "catalog     | --add-rules --export --rules",
            "schema      | --add-rules --output --rules",
            "rules list  | --add-rules --format --rules",
            "rules check | --add-rules --rules",
            "rules test  | --add-rules --rule-timeout --rules",
            "assess      | --add-member --add-rules --csv-bom --explain --fail-on --format --max-input-bytes --output "
                    + "--remove-member --rule-timeout --rules --set --strict",
            "explain     | --add-member --add-rules --format --gap --max-input-bytes --output --remove-member --role "
                    + "--rule-timeout --rules --set --strict",
            "compare     | --add-member --add-rules --fail-on --format --max-input-bytes --output "
                    + "--remove-member --rule-timeout --rules --set --strict",
            "plan        | --add-rules --csv-bom --explain --format --from --max-input-bytes --output --people "
                    + "--rule-timeout --rules --seed --strict --time-limit",
            "serve       | --add-rules --bind --max-input-bytes --max-portfolio-bytes --people --port --queue "
                    + "--rule-timeout --rules --strict --threads",
            "completion  | ",
            "config      | "})
    void aCommandOffersTheOptionsThatAffectIt(String command, String expected) {
        Set<String> want = new TreeSet<>(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
        assertEquals(want, options(command.strip()));
    }

    @Test
    void rulesListTakesAFolderAndListsItsRulesAlone() {
        CliRunner.Run run = CliRunner.run("rules", "list", "samples/custom-rules");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ACME-001 "), run.out());
        assertTrue(run.out().endsWith("\n3 rules: 0 rest on the document, 3 are teamfit's estimates\n"), run.out());
        CliRunner.Run all = CliRunner.run("rules", "list", "--add-rules", "samples/custom-rules");
        assertTrue(all.out().contains("ACME-001 ") && all.out().contains("ROLE-001 "), all.out());
    }
}
