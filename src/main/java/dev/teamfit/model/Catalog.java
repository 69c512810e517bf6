package dev.teamfit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The vocabulary shared by input, rules and output (SPEC §1): roles, the proficiency scale, skills
 * with their aliases, the responsibilities rules may conclude, and the seed's role overlaps. It is
 * data, loaded from {@code catalog.yaml} in the rules folder.
 */
public record Catalog(List<RoleInfo> roles, List<LevelInfo> levels, List<SkillInfo> skills,
                      List<ResponsibilityInfo> responsibilities, List<Overlap> overlaps) {

    /** A role. @param group business, technical or cross-section */
    public record RoleInfo(String id, String name, String group, String source, String summary) {
    }

    /** A step of the proficiency scale, with what it means in practice. */
    public record LevelInfo(Level level, String description) {
    }

    /** A skill. @param aliases tool or other names that input may use for it */
    public record SkillInfo(String id, String name, List<String> sources, List<String> aliases) {
        public SkillInfo {
            sources = List.copyOf(sources);
            aliases = List.copyOf(aliases);
        }
    }

    /** A responsibility that rules may conclude a project carries. */
    public record ResponsibilityInfo(String id, String name, String source) {
    }

    public Catalog {
        roles = List.copyOf(roles);
        levels = List.copyOf(levels);
        skills = List.copyOf(skills);
        responsibilities = List.copyOf(responsibilities);
        overlaps = List.copyOf(overlaps);
    }

    public Optional<RoleInfo> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<SkillInfo> skill(String id) {
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<ResponsibilityInfo> responsibility(String id) {
        return responsibilities.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<String> roleIds() {
        return roles.stream().map(RoleInfo::id).toList();
    }

    /** The role's display name, or its id when the catalog does not know it. */
    public String roleName(String id) {
        return role(id).map(RoleInfo::name).orElse(id);
    }

    /** The skill's display name, or its id (an unknown skill keeps its own name). */
    public String skillName(String id) {
        return skill(id).map(SkillInfo::name).orElse(id);
    }

    /** The position of a role in the catalog, for sorting output in the SPEC's table order. */
    public int roleOrder(String id) {
        int index = roleIds().indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Role names in input are case-insensitive and accept spaces or underscores for hyphens. */
    public Optional<String> resolveRole(String input) {
        String normal = input.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return role(normal).map(RoleInfo::id);
    }

    /** The skill id for an input key: a skill id or an alias, case-insensitive. */
    public Optional<String> resolveSkill(String input) {
        return Optional.ofNullable(skillsByName().get(input.trim().toLowerCase(Locale.ROOT)));
    }

    /** The known skill id or alias closest to a misspelt skill key, for a warning. */
    public Optional<String> nearestSkillName(String input) {
        return Nearest.to(input.trim().toLowerCase(Locale.ROOT), skillsByName().keySet());
    }

    private Map<String, String> skillsByName() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (SkillInfo skill : skills) {
            byName.put(skill.id(), skill.id());
        }
        for (SkillInfo skill : skills) {
            for (String alias : skill.aliases()) {
                byName.putIfAbsent(alias, skill.id());
            }
        }
        return byName;
    }

    /** This catalog with another's entries added after its own; an id already here is kept. */
    public Catalog plus(Catalog other) {
        Objects.requireNonNull(other, "other");
        return new Catalog(
                union(roles, other.roles, RoleInfo::id),
                levels,
                union(skills, other.skills, SkillInfo::id),
                union(responsibilities, other.responsibilities, ResponsibilityInfo::id),
                union(overlaps, other.overlaps, o -> o.role() + "~" + o.partner()));
    }

    private static <T> List<T> union(List<T> mine, List<T> theirs, java.util.function.Function<T, String> key) {
        List<T> all = new ArrayList<>(mine);
        List<String> keys = new ArrayList<>(mine.stream().map(key).toList());
        for (T item : theirs) {
            if (!keys.contains(key.apply(item))) {
                all.add(item);
                keys.add(key.apply(item));
            }
        }
        return all;
    }
}
