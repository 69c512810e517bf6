package dev.teamfit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated project description with every default applied.
 *
 * @param description free text, or null
 * @param values      the project's other values by key path ({@code criticality}, {@code data.volume}, ...), in file
 *                    order: text and choices as strings, flags as booleans, numbers as integers, months as
 *                    {@code YYYY-MM}; an optional key without a default that was not given is absent
 * @param team        the members, empty when no team was given
 * @param teamDeclared whether the input had a {@code team} key; without one teamfit only scopes needs
 */
public record Project(String id, String name, String description, Map<String, Object> values, List<Member> team,
                      boolean teamDeclared) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        team = List.copyOf(team);
    }

    /** The value under a key path, or null when the project has none. */
    public Object value(String key) {
        return values.get(key);
    }

    /** The value under a key path as text, or null. */
    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    /** How much the business depends on it: low, medium, high or mission-critical. */
    public String criticality() {
        return text("criticality");
    }

    /** The planned duration in months, or null when not given. */
    public Integer durationMonths() {
        return (Integer) values.get("duration-months");
    }

    /** The month it starts ({@code YYYY-MM}), or null when not given. */
    public String start() {
        return text("start");
    }

    /** The same project with other values and team (the rest kept). */
    public Project with(Map<String, Object> newValues, List<Member> newTeam, boolean newTeamDeclared) {
        return new Project(id, name, description, newValues, newTeam, newTeamDeclared);
    }
}
