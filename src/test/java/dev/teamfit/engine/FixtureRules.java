package dev.teamfit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rules folders for tests: rules that act on projects of one domain, marked as estimates of a test fixture. */
public final class FixtureRules {

    /**
     * A rule that runs {@code consequence} (Java) on projects whose {@code domain} is {@code domain}.
     *
     * @param name a sentence saying what the fixture does
     */
    public record Rule(String id, String name, String domain, String consequence) {

        String drl() {
            return """
                    rule "%s"
                        @id("%s") @source("Critical roles / Business side") @basis("estimate") @rationale("A test fixture.")
                        ruleflow-group "roles"
                    when
                        Characteristic(key == "domain", value == "%s")
                    then
                        %s
                    end
                    """.formatted(name, id, domain, consequence);
        }
    }

    private FixtureRules() {
    }

    /** Writes {@code folder}/roles/test.drl with the rules, and returns {@code folder}. */
    public static Path folder(Path folder, Rule... rules) throws IOException {
        Files.createDirectories(folder.resolve("roles"));
        String text = "package acme.roles;\n\nimport dev.teamfit.model.Characteristic;\n\n"
                + Stream.of(rules).map(Rule::drl).collect(Collectors.joining("\n"));
        Files.writeString(folder.resolve("roles/test.drl"), text);
        return folder;
    }
}
