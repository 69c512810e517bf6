package dev.teamfit.input;

import dev.teamfit.model.Catalog;
import dev.teamfit.model.MemberLoad;
import dev.teamfit.model.Person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pool of people ({@code teamfit plan --people FILE}): YAML or JSON holding a list of people,
 * or a mapping with a {@code people:} list, or JSON Lines with one person per line. Validated like a
 * project file, against {@link ProjectFormat#PERSON}, every problem of the file reported at once.
 */
public final class PeopleReader {

    /** The people of a pool and the warnings the file raised. */
    public record Pool(List<Person> people, List<String> warnings) {
        public Pool {
            people = List.copyOf(people);
            warnings = List.copyOf(warnings);
        }
    }

    private final ProjectReader reader;
    private final Catalog catalog;
    private final TreeReader trees;

    public PeopleReader(Catalog catalog, long maxBytes, boolean strict) {
        this.reader = new ProjectReader(catalog, maxBytes, strict);
        this.catalog = catalog;
        this.trees = new TreeReader(maxBytes * 64);
    }

    /** Reads a pool file; {@code file} names it in messages. */
    public Pool read(Path path, String file) throws InvalidInputException, IOException {
        byte[] bytes = trees.readBounded(path, file);
        Binder in = new Binder();
        List<Person> people = new ArrayList<>();
        if (file.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    Node node = trees.parse(file, lines[i].getBytes(StandardCharsets.UTF_8), TreeReader.Syntax.JSON);
                    person(in, node, "people[" + people.size() + "]", people);
                } catch (InvalidInputException e) {
                    int line = i + 1;
                    e.problems().forEach(p -> in.problems.add(p.onLine(line)));
                }
            }
        } else {
            Node root = trees.parse(file, bytes, TreeReader.Syntax.of(file));
            Node list = root instanceof Node.Mapping m && m.entries().containsKey("people")
                    ? m.entries().get("people").value() : root;
            if (root instanceof Node.Mapping m) {
                in.checkKeys(m, "", List.of("people"));
            }
            if (list instanceof Node.Sequence sequence) {
                for (int i = 0; i < sequence.items().size(); i++) {
                    person(in, sequence.items().get(i), "people[" + i + "]", people);
                }
            } else if (!(root instanceof Node.Mapping m && !m.entries().containsKey("people"))) {
                in.problem(list, "people", "expected a list of people, found " + list.describe() + ".");
            }
        }
        duplicates(in, people);
        in.throwProblems(file);
        if (people.isEmpty()) {
            throw new InvalidInputException(file, new Problem(null, "", "the pool holds nobody. List people with "
                    + "name, roles, skills and availability."));
        }
        return new Pool(people, in.warnings);
    }

    private void person(Binder in, Node node, String path, List<Person> people) {
        Node.Mapping mapping = in.mapping(node, path);
        if (mapping == null) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        reader.section(in, ProjectFormat.PERSON, mapping, path, values, new HashSet<>());
        String name = (String) values.get(path + ".name");
        List<String> roles = ProjectReader.roles(in, catalog, Binder.get(mapping, "roles"), path + ".roles");
        Map<String, Integer> skills = reader.skills(in, Binder.get(mapping, "skills"), path + ".skills");
        String from = (String) values.get(path + ".available-from");
        String until = (String) values.get(path + ".available-until");
        if (from != null && until != null && from.compareTo(until) > 0) {
            in.problem(Binder.get(mapping, "available-until"), path + ".available-until", "'" + until
                    + "' is before available-from '" + from + "'.");
        }
        if (name != null && !name.isBlank()) {
            people.add(new Person(name.strip(), roles, skills, (Double) values.get(path + ".availability"), from,
                    until, (Double) values.get(path + ".cost")));
        }
    }

    /** The same person twice is an error: names match ignoring case and spacing, as across projects. */
    private static void duplicates(Binder in, List<Person> people) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Integer first = seen.putIfAbsent(MemberLoad.identity(people.get(i).name()), i);
            if (first != null) {
                in.problem(null, "people[" + i + "].name", "'" + Binder.clip(people.get(i).name())
                        + "' is already in the pool as people[" + first + "]. Each person once.");
            }
        }
    }
}
