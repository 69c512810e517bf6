package dev.teamfit.input;

import dev.teamfit.model.Catalog;
import dev.teamfit.model.GapType;
import dev.teamfit.model.Level;
import dev.teamfit.model.Named;
import dev.teamfit.model.Project;
import dev.teamfit.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a rules folder's test cases ({@code tests/*.yaml}), so that rule authors test without Java:
 * <pre>
 * name: Regulated projects need a domain expert
 * project:                  # a project, inline; or a path relative to this file
 *   id: t
 *   name: T
 *   regulated: true
 *   problem: {kind: classification}
 * expect:
 *   required: [domain-expert]
 *   not-needed: [ml-researcher]
 *   skills: [{role: domain-expert, skill: data-governance, at-least: competent}]
 *   gaps: [{type: MISSING_ROLE, role: domain-expert, severity: critical}]
 *   no-gaps: [{type: UNNEEDED_ROLE}]
 * </pre>
 * A file holds one case, or several under {@code cases:}.
 */
public final class RuleTestReader {

    /** One test case. */
    public record Case(String file, String name, Project project, Expect expect) {
    }

    /**
     * What a case expects. {@code notRequired}: the role may be recommended but not required;
     * {@code notNeeded}: neither.
     */
    public record Expect(List<String> required, List<String> recommended, List<String> notRequired,
                         List<String> notNeeded, List<SkillAtLeast> skills, List<GapPattern> gaps,
                         List<GapPattern> noGaps) {
    }

    /** A role's skill requirement at a level or above. */
    public record SkillAtLeast(String role, String skill, Level level) {
    }

    /** Matches gaps on the fields it gives; a null field matches anything. */
    public record GapPattern(GapType type, String role, String member, String skill, Severity severity) {
        /** "type MISSING_ROLE, role ml-engineer", or "any gap". */
        @Override
        public String toString() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", type == null ? null : type.id());
            fields.put("role", role);
            fields.put("member", member);
            fields.put("skill", skill);
            fields.put("severity", severity == null ? null : severity.id());
            List<String> given = fields.entrySet().stream().filter(f -> f.getValue() != null)
                    .map(f -> f.getKey() + " " + f.getValue()).toList();
            return given.isEmpty() ? "any gap" : String.join(", ", given);
        }
    }

    private static final List<String> CASE_KEYS = List.of("name", "project", "expect");
    private static final List<String> EXPECT_KEYS = List.of("required", "recommended", "not-required", "not-needed",
            "skills", "gaps", "no-gaps");
    private static final List<String> GAP_KEYS = List.of("type", "role", "member", "skill", "severity");

    private final Catalog catalog;

    public RuleTestReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Reads one test file. {@code folder} is where the rules folder lies on disk (to resolve project
     * paths), or null for the bundled rules.
     */
    public List<Case> read(String file, String text, Path folder) throws InvalidInputException {
        Node root = new TreeReader(TreeReader.DEFAULT_MAX_BYTES).parse(file, text.getBytes(StandardCharsets.UTF_8),
                TreeReader.Syntax.YAML);
        Binder in = new Binder();
        Node.Mapping top = in.top(root, file);
        List<Case> cases = new ArrayList<>();
        Node list = Binder.get(top, "cases");
        if (list != null) {
            in.checkKeys(top, "", List.of("cases"));
            for (Binder.Item item : in.items(list, "cases", "expected a list of test cases.")) {
                readCase(in, file, item.node(), item.path(), folder, cases);
            }
        } else {
            readCase(in, file, top, "", folder, cases);
        }
        in.throwProblems(file);
        return cases;
    }

    private void readCase(Binder in, String file, Node.Mapping node, String path, Path folder, List<Case> cases) {
        in.checkKeys(node, path, CASE_KEYS);
        in.required(node, path, "project", "give the project inline, or a path to a project file.");
        in.required(node, path, "expect", "say what the rules must conclude.");
        String name = Optional.ofNullable(in.text(node, path, "name")).orElse(file);
        Project project = project(in, file, Binder.get(node, "project"), Binder.child(path, "project"), folder);
        Node.Mapping expect = Binder.get(node, "expect") == null ? null
                : in.mapping(Binder.get(node, "expect"), Binder.child(path, "expect"));
        if (expect == null) {
            return;
        }
        String at = Binder.child(path, "expect");
        in.checkKeys(expect, at, EXPECT_KEYS);
        Expect expected = new Expect(roles(in, expect, at, "required"), roles(in, expect, at, "recommended"),
                roles(in, expect, at, "not-required"), roles(in, expect, at, "not-needed"), skills(in, expect, at),
                gaps(in, expect, at, "gaps"), gaps(in, expect, at, "no-gaps"));
        if (project != null) {
            cases.add(new Case(file, name, project, expected));
        }
    }

    private Project project(Binder in, String file, Node node, String path, Path folder) {
        if (node == null) {
            return null;
        }
        try {
            if (node instanceof Node.Scalar s && s.value() instanceof String reference) {
                if (folder == null) {
                    in.problem(node, path, "the bundled tests cannot refer to files; give the project inline.");
                    return null;
                }
                Path target = folder.resolve(file).getParent().resolve(reference).normalize();
                return new ProjectReader(catalog, TreeReader.DEFAULT_MAX_BYTES, false).read(target, target.toString()).project();
            }
            return new ProjectReader(catalog, TreeReader.DEFAULT_MAX_BYTES, false).bind(file, node).project();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> in.problems.add(new Problem(p.at(),
                    e.file().equals(file) ? Binder.child(path, p.path()) : p.path(),
                    e.file().equals(file) ? p.message() : e.file() + ": " + p.message())));
        } catch (IOException e) {
            in.problem(node, path, "cannot read the project: " + e.getMessage() + ".");
        }
        return null;
    }

    private List<String> roles(Binder in, Node.Mapping expect, String at, String key) {
        return ProjectReader.roles(in, catalog, Binder.get(expect, key), at + "." + key);
    }

    private List<SkillAtLeast> skills(Binder in, Node.Mapping expect, String at) {
        List<SkillAtLeast> skills = new ArrayList<>();
        for (Node.Mapping item : items(in, expect, at, "skills")) {
            String path = at + ".skills";
            in.checkKeys(item, path, List.of("role", "skill", "at-least"));
            String role = in.text(item, path, "role");
            String skill = in.text(item, path, "skill");
            String level = in.text(item, path, "at-least");
            Optional<Level> parsed = level == null ? Optional.empty() : Named.byId(Level.class, level);
            if (role == null || skill == null || parsed.isEmpty()) {
                in.problem(item, path, "each entry needs role, skill and at-least (a level name).");
                continue;
            }
            skills.add(new SkillAtLeast(catalog.resolveRole(role).orElse(role),
                    catalog.resolveSkill(skill).orElse(skill), parsed.get()));
        }
        return skills;
    }

    private List<GapPattern> gaps(Binder in, Node.Mapping expect, String at, String key) {
        List<GapPattern> gaps = new ArrayList<>();
        for (Node.Mapping item : items(in, expect, at, key)) {
            String path = at + "." + key;
            in.checkKeys(item, path, GAP_KEYS);
            String type = in.text(item, path, "type");
            GapType gapType = null;
            if (type != null) {
                gapType = Named.byId(GapType.class, type.toUpperCase(Locale.ROOT)).orElse(null);
                if (gapType == null) {
                    in.problem(Binder.get(item, "type"), path + ".type", "'" + type + "' is not a gap type. Allowed: "
                            + String.join(", ", Named.ids(GapType.class)) + ".");
                }
            }
            String role = in.text(item, path, "role");
            gaps.add(new GapPattern(gapType, role == null ? null : catalog.resolveRole(role).orElse(role),
                    in.text(item, path, "member"), in.text(item, path, "skill"),
                    Named.byId(Severity.class, in.choice(item, path, "severity", Named.ids(Severity.class))).orElse(null)));
        }
        return gaps;
    }

    private static List<Node.Mapping> items(Binder in, Node.Mapping expect, String at, String key) {
        Node node = Binder.get(expect, key);
        return node == null ? List.of()
                : in.items(node, at + "." + key, "expected a list.").stream().map(Binder.Item::node).toList();
    }
}
