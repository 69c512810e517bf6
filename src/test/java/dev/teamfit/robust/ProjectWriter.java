package dev.teamfit.robust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.teamfit.input.ProjectFormat;
import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Catalog;
import dev.teamfit.model.Level;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a {@link Project} back out as a project file (SPEC §2), YAML or JSON. The canonical style
 * writes every value with ids as the reader produced them; a random style, drawn from a seed, leaves
 * out values equal to their defaults, spells skills through aliases and other letter cases, roles as
 * display names ({@code "ML Engineer"}, {@code ml_engineer}), levels as names or numbers, and lets
 * the YAML writer quote only where it must. Every style must read back to the same project.
 */
final class ProjectWriter {

    /** How to spell a project file. */
    record Style(boolean sparse, boolean aliases, boolean roleNames, boolean levelNames, boolean minimalQuotes,
                 boolean compact) {
        static final Style CANONICAL = new Style(false, false, false, true, false, false);

        static Style random(Random random) {
            return new Style(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML_QUOTED = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private static final ObjectMapper YAML_MINIMAL = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static final java.util.regex.Pattern NUMBER_LIKE =
            java.util.regex.Pattern.compile("\"[-+]?(\\.?[0-9]|\\.(inf|nan))", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Catalog catalog;

    ProjectWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The project as a file of the given syntax. {@code random} picks alias and role spellings. */
    String write(Project p, TreeReader.Syntax syntax, Style style, Random random) {
        Map<String, Object> tree = tree(p, style, random);
        try {
            if (syntax == TreeReader.Syntax.JSON) {
                return style.compact() ? JSON.writeValueAsString(tree)
                        : JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
            }
            // Jackson's minimal quoting leaves some number-like text (1e3, .inf) plain, which YAML then
            // reads as a number: such a project keeps the quotes.
            boolean minimal = style.minimalQuotes() && !NUMBER_LIKE.matcher(JSON.writeValueAsString(tree)).find();
            return (minimal ? YAML_MINIMAL : YAML_QUOTED).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical file of a project. */
    String write(Project p, TreeReader.Syntax syntax) {
        return write(p, syntax, Style.CANONICAL, new Random(0));
    }

    private Map<String, Object> tree(Project p, Style s, Random random) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("id", p.id());
        top.put("name", p.name());
        if (p.description() != null) {
            top.put("description", p.description());
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Map.Entry<String, ProjectFormat.Value> key : ProjectFormat.values().entrySet()) {
            String path = key.getKey();
            Object value = p.value(path);
            boolean isDefault = java.util.Objects.equals(value, key.getValue().fallback(bound));
            if (value != null) {
                bound.put(path, value);
            }
            if (value == null || path.equals("id") || path.equals("name") || path.equals("description")
                    || s.sparse() && isDefault && !key.getValue().required()) {
                continue;
            }
            put(top, path, value);
        }
        if (p.teamDeclared()) {
            List<Object> team = new ArrayList<>();
            for (Member m : p.team()) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("name", m.name());
                if (!s.sparse() || !m.roles().isEmpty()) {
                    member.put("roles", m.roles().stream().map(r -> s.roleNames() ? roleSpelling(r, random) : r).toList());
                }
                if (!s.sparse() || m.allocation() != 1.0) {
                    member.put("allocation", m.allocation());
                }
                Map<String, Object> skills = new LinkedHashMap<>();
                m.skills().forEach((skill, level) -> skills.put(s.aliases() ? skillSpelling(skill, random) : skill,
                        s.levelNames() ? Level.idOf(level) : level));
                if (!s.sparse() || !skills.isEmpty()) {
                    member.put("skills", skills);
                }
                team.add(member);
            }
            top.put("team", team);
        }
        return top;
    }

    /** Puts a value at a dotted key path, in the section maps. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> top, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            top.put(path, value);
        } else {
            ((Map<String, Object>) top.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<String, Object>()))
                    .put(path.substring(dot + 1), value);
        }
    }

    /** A role spelt as SPEC §1 allows: display-name case, spaces or underscores for hyphens. */
    private static String roleSpelling(String role, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> role.replace('-', '_');
            case 1 -> role.toUpperCase(Locale.ROOT);
            case 2 -> titleCase(role.replace('-', ' '));
            default -> role;
        };
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.length() <= 2 ? word.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** A skill key as input may spell it: its id, one of its aliases, or either in upper case. */
    private String skillSpelling(String skill, Random random) {
        List<String> names = new ArrayList<>();
        names.add(skill);
        catalog.skill(skill).ifPresent(info -> names.addAll(info.aliases()));
        String name = names.get(random.nextInt(names.size()));
        return random.nextInt(4) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
