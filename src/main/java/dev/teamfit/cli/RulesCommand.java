package dev.teamfit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamfit.engine.Diagnostic;
import dev.teamfit.engine.RuleBase;
import dev.teamfit.engine.RuleFailure;
import dev.teamfit.engine.RuleFolder;
import dev.teamfit.engine.RuleInfo;
import dev.teamfit.engine.RuleTests;
import dev.teamfit.input.InvalidInputException;
import dev.teamfit.input.RuleTestReader;
import dev.teamfit.model.Reason;
import dev.teamfit.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code teamfit rules list|check|test}: rules as a product that consultants write, check and test. */
@Command(name = "rules", description = "List, check and test rule folders. A rules folder is code: its rules run with your rights.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list, check, test)");
    }

    /**
     * The folders a check or test is about: DIR alone when its catalog stands alone, else DIR on top
     * of the bundled rules; without DIR, the folders the rule options choose.
     */
    static List<RuleFolder> folders(Path dir, RuleFolderOptions rules) {
        if (dir == null) {
            return rules.folders();
        }
        RuleFolder folder = RuleOptions.read(dir);
        return folder.standsAlone() ? List.of(folder) : List.of(RuleFolder.bundled(), folder);
    }

    /** {@code teamfit rules list}. */
    @Command(name = "list",     description = "List every rule: id, stage, name, the seed section it rests on, and where it is, with what "
                    + "it rests on: the sentence of the seed it quotes, or teamfit's estimate and why. With DIR, the "
                    + "rules of that folder (compiled on top of the bundled rules when its catalog has no levels).")
    static final class ListRules extends Subcommand {

        /** The formats of the list. */
        enum Format { text, json, markdown }

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "A rules folder: list its rules alone (default: every rule in use).")
        Path dir;

        @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Mixin
        RuleFolderOptions rules;

        @Override
        public Integer call() {
            List<RuleFolder> folders = folders(dir, rules);
            List<RuleInfo> list = (dir == null ? rules.compile() : rules.compile(folders)).rules();
            if (dir != null) {
                String prefix = folders.get(folders.size() - 1).display("");
                list = list.stream().filter(r -> r.file().startsWith(prefix)).toList();
            }
            String text = switch (format) {
                case text -> text(list);
                case json -> json(list);
                case markdown -> markdown(list);
            };
            write(text, null);
            return 0;
        }

        private static String text(List<RuleInfo> list) {
            StringBuilder out = new StringBuilder();
            for (RuleInfo r : list) {
                out.append(String.format(Locale.ROOT, "%-10s %-19s %s%n%10s %-19s %s%s:%d%n%10s %-19s %s%n", r.id(),
                        r.stage(), r.name(), "", "", r.source().isEmpty() ? "" : "[" + r.source() + "] ", r.file(),
                        r.line(), "", "", says(r)));
            }
            long estimates = list.stream().filter(r -> r.basis() == Reason.Basis.ESTIMATE).count();
            out.append(list.size()).append(" rules: ").append(list.size() - estimates).append(" rest on the document, ")
                    .append(estimates).append(" are teamfit's estimates\n");
            return out.toString();
        }

        /** What a rule rests on, as one line: the sentence it quotes, or teamfit's estimate and why. */
        static String says(RuleInfo r) {
            if (r.basis() == Reason.Basis.DOCUMENT) {
                return "\"" + r.says() + "\"";
            }
            return r.says().isEmpty() ? "teamfit estimate (no @rationale given)" : "teamfit estimate: " + r.says();
        }

        private static String json(List<RuleInfo> list) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("teamfit", JsonReport.VERSION);
            ArrayNode array = root.putArray("rules");
            for (RuleInfo r : list) {
                ObjectNode rule = array.addObject();
                rule.put("id", r.id());
                rule.put("name", r.name());
                rule.put("stage", r.stage());
                rule.put("source", r.source());
                rule.put("basis", r.basis().id());
                rule.put(r.basis() == Reason.Basis.DOCUMENT ? "quote" : "rationale", r.says());
                rule.put("file", r.file());
                rule.put("line", r.line());
            }
            return JsonReport.write(root);
        }

        private static String markdown(List<RuleInfo> list) {
            StringBuilder out = new StringBuilder("| id | stage | rule | seed section | rests on | where |\n"
                    + "|---|---|---|---|---|---|\n");
            for (RuleInfo r : list) {
                out.append("| ").append(r.id()).append(" | ").append(r.stage()).append(" | ")
                        .append(cell(r.name())).append(" | ").append(cell(r.source())).append(" | ")
                        .append(cell(r.basis() == Reason.Basis.DOCUMENT ? "the document: " + says(r) : says(r)))
                        .append(" | `").append(r.file()).append(':').append(r.line()).append("` |\n");
            }
            return out.toString();
        }

        private static String cell(String text) {
            return text.replace("|", "\\|");
        }
    }

    /** {@code teamfit rules check [DIR]}. */
    @Command(name = "check",     description = "Compile and lint a rules folder and report every problem as file:line:col: message: DRL "
                    + "syntax and type errors, missing or duplicate @id, a rule that neither quotes the seed "
                    + "(@source and a @quote that stands in that section) nor is marked @basis(\"estimate\") with a "
                    + "@rationale, a @source that names no section of the seed, a missing stage, a consequence that "
                    + "inserts nothing, a malformed catalog. "
                    + "A folder whose catalog has no levels is checked on top of the bundled rules.",
                exitCodeList = {"0:no errors (warnings are printed)", "2:errors"})
    static final class Check extends Subcommand {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "The rules folder (default: the rules in use).")
        Path dir;

        @Mixin
        RuleFolderOptions rules;

        @Override
        public Integer call() {
            List<RuleFolder> folders = folders(dir, rules);
            List<Diagnostic> diagnostics = RuleBase.check(folders);
            PrintWriter out = out();
            diagnostics.forEach(d -> out.println(d));
            long errors = diagnostics.stream().filter(Diagnostic::error).count();
            out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + (diagnostics.size() - errors)
                    + " warning" + (diagnostics.size() - errors == 1 ? "" : "s"));
            out.flush();
            return errors > 0 ? TeamfitException.INVALID : 0;
        }
    }

    /** {@code teamfit rules test [DIR]}. */
    @Command(name = "test",     description = "Run a rules folder's own test cases (tests/*.yaml: a project and what the rules must "
                    + "conclude), like a test runner, ending with 'N passed, M failed'.",
                exitCodeList = {"0:all passed", "1:internal error", "2:a test file or the rules are invalid",
                    "3:a test failed"})
    static final class Test extends Subcommand {

        /** A test case failed: like --fail-on, a finding, not a failure of teamfit (exit 1). */
        static final int FAILED = 3;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "The rules folder whose tests to run (default: the rules in use).")
        Path dir;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            List<RuleFolder> folders = folders(dir, rules);
            RuleBase base = rules.compile(folders);
            RuleTestReader reader = new RuleTestReader(base.catalog());
            PrintWriter out = out();
            int passed = 0;
            int failed = 0;
            int invalid = 0;
            List<RuleFolder> tested = dir == null ? folders : folders.subList(folders.size() - 1, folders.size());
            for (RuleFolder folder : tested) {
                Path root = folder.location();
                for (RuleFolder.RuleFile file : folder.tests()) {
                    String display = folder.display(file.path());
                    List<RuleTestReader.Case> cases;
                    try {
                        cases = reader.read(file.path(), file.text(), root);
                    } catch (InvalidInputException e) {
                        invalid++;
                        out.println("ERROR " + display);
                        e.lines().forEach(line -> out.println("      " + (root == null ? "rules/" : root + "/") + line));
                        continue;
                    }
                    for (RuleTestReader.Case test : cases) {
                        List<String> failures;
                        try {
                            failures = dev.teamfit.engine.Watchdog.within(rules.timeout(), "test " + test.name(),
                                    () -> RuleTests.failures(base, test));
                        } catch (RuleFailure e) {
                            failures = List.of(e.getMessage());
                        }
                        if (failures.isEmpty()) {
                            passed++;
                            out.println("PASS  " + display + "  " + test.name());
                        } else {
                            failed++;
                            out.println("FAIL  " + display + "  " + test.name());
                            failures.forEach(f -> out.println("      " + f));
                        }
                    }
                }
            }
            if (passed + failed + invalid == 0) {
                out.println("no tests found (add tests/*.yaml to the rules folder)");
            }
            out.println(passed + " passed, " + (failed + invalid) + " failed");
            out.flush();
            return invalid > 0 ? TeamfitException.INVALID : failed > 0 ? FAILED : 0;
        }
    }
}
