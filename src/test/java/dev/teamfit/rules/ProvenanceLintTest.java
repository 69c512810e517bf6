package dev.teamfit.rules;

import dev.teamfit.engine.Diagnostic;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFolder;
import dev.teamfit.engine.RuleInfo;
import dev.teamfit.engine.RuleVerifier;
import dev.teamfit.engine.Seed;
import dev.teamfit.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule says what it rests on: a sentence of the seed, quoted from the section its {@code @source}
 * names, or teamfit's estimate with a rationale. The lint checks both, and the catalog's quoted lines.
 */
class ProvenanceLintTest {

    @TempDir
    Path dir;

    @Test
    void everyBundledRuleQuotesTheSeedOrIsAnEstimateWithARationale() {
        Seed seed = Seed.bundled();
        for (RuleInfo rule : RuleVerifier.bundled().rules()) {
            if (rule.file().contains("/coverage/") || rule.file().contains("/gaps/")) {
                continue; // annotated by their author, on another branch
            }
            assertFalse(rule.says().isBlank(), rule.id() + " says neither what it quotes nor why it estimates");
            if (rule.basis() == Reason.Basis.DOCUMENT) {
                assertTrue(seed.quotes(rule.source(), rule.says()), rule.id() + ": \"" + rule.says()
                        + "\" is not in " + rule.source());
            }
        }
    }

    @Test
    void aQuoteMustStandWordForWordInTheSectionItsSourceNames() throws IOException {
        List<String> errors = check(rule("R-001", "@source(\"ML Engineer / Responsibilities\") "
                        + "@quote(\"Design and build data pipelines to process large volumes of data.\")"),
                rule("R-002", "@source(\"Definitions / Data Engineer\") @quote(\"The data engineer is the person who "
                        + "builds and maintains   the data infrastructure and pipelines that are used for the AI project.\")"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("R-001") && errors.get(0).contains("does not stand in the seed section"),
                errors.get(0));
    }

    @Test
    void aRuleWithoutAQuoteMustBeAMarkedEstimateWithARationale() throws IOException {
        List<String> errors = check(rule("R-001", "@source(\"ML Engineer / Skills\")"),
                rule("R-002", "@basis(\"estimate\")"),
                rule("R-003", "@basis(\"guess\") @rationale(\"why\")"),
                rule("R-004", "@basis(\"estimate\") @rationale(\"a threshold the seed does not set\")"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("R-001") && errors.get(0).contains("neither"), errors.get(0));
        assertTrue(errors.get(1).contains("R-002") && errors.get(1).contains("@rationale"), errors.get(1));
        assertTrue(errors.get(2).contains("R-003") && errors.get(2).contains("is not a basis"), errors.get(2));
    }

    @Test
    void aCatalogLineMustCarryAKnownQualifierAndStandInItsSection() throws IOException {
        // An added catalog reads its lines through the bundled qualifier table.
        List<String> errors = catalogErrors("Programming: Some Python.");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("no qualifier reads this line"), errors.get(0));
        errors = catalogErrors("Programming: Advanced skills in Python.");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("does not stand in the seed section \"ML Engineer / Knowledge\""), errors.get(0));
        assertTrue(catalogErrors("Programming: Advanced skills in Python, Java, C++, or other programming languages.")
                .isEmpty());
    }

    private List<String> catalogErrors(String line) throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), """
                roles:
                  - id: prompt-writer
                    name: Prompt Writer
                    group: technical
                    source: Definitions / ML Engineer
                    summary: test
                    skills:
                      - {skill: programming, source: ML Engineer / Knowledge, line: "%s"}
                """.formatted(line));
        return errorsIn(List.of(RuleFolder.bundled(), RuleFolder.of(dir)), dir.resolve("catalog.yaml").toString());
    }

    private static String rule(String id, String annotations) {
        return "rule \"" + id + " concludes something\"\n    @id(\"" + id + "\") " + annotations + "\n"
                + "    ruleflow-group \"responsibilities\"\nwhen\n    $c : Characteristic(key == \"domain\")\nthen\n"
                + "    insert(new Responsibility(\"x\", Because.of(kcontext, $c)));\nend\n\n";
    }

    /** The errors the lint reports in one rule file made of these rules, added to the bundled rules. */
    private List<String> check(String... rules) throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), "responsibilities:\n  - {id: x, name: X, source: Roles in an AI team}\n");
        Files.writeString(dir.resolve("test.drl"), "package acme;\n\nimport dev.teamfit.model.Characteristic;\n"
                + "import dev.teamfit.model.Responsibility;\nimport dev.teamfit.engine.Because;\n\n" + String.join("", rules));
        return errorsIn(List.of(RuleFolder.bundled(), RuleFolder.of(dir)), "test.drl");
    }

    private static List<String> errorsIn(List<RuleFolder> folders, String file) {
        return RuleBase.check(folders).stream().filter(Diagnostic::error)
                .filter(d -> d.file().endsWith(file)).map(Diagnostic::toString).toList();
    }
}
