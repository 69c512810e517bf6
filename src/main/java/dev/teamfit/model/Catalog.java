package dev.teamfit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vocabulary shared by input, rules and output (SPEC §1): roles with their base skills, the
 * proficiency scale and teamfit's reading of the seed's qualifiers on it, skills with their aliases,
 * the responsibilities rules may conclude, and the seed's role overlaps. It is data, loaded from
 * {@code catalog.yaml} in the rules folder.
 */
public final class Catalog {

    /**
     * A role.
     *
     * @param group  business, technical or cross-section
     * @param skills the skills it needs on any project, at their base levels
     */
    public record RoleInfo(String id, String name, String group, String source, String summary,
                           List<BaseSkill> skills) {
        public RoleInfo {
            skills = List.copyOf(skills);
        }
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

    /**
     * teamfit's reading of a qualifier of the seed's Knowledge and Skills lines: the line's description
     * (after its "Label: ") begins with {@code says}, case aside, and its skill's base level is
     * {@code level}. A {@code says} that begins with {@code *} matches a first word ending in the rest:
     * {@code *ing} is a line that names the work itself ("Building and maintaining data pipelines").
     *
     * @param why why the words read as that level
     */
    public record Qualifier(String says, Level level, String why) {
        public Qualifier {
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(why, "why");
        }

        /** The words of the line this qualifier matches ("Strong understanding", "Building"), if it does. */
        public Optional<String> matches(String line) {
            int colon = line.indexOf(": ");
            String description = (colon < 0 ? line : line.substring(colon + 2)).strip();
            if (says.startsWith("*")) {
                String word = description.split("[\\s,:;.]+", 2)[0];
                return word.toLowerCase(Locale.ROOT).endsWith(says.substring(1).toLowerCase(Locale.ROOT))
                        && word.length() > says.length() ? Optional.of(word) : Optional.empty();
            }
            return description.regionMatches(true, 0, says, 0, says.length())
                    ? Optional.of(description.substring(0, says.length())) : Optional.empty();
        }
    }

    /** A Knowledge or Skills line read through the qualifier table: the qualifier and the line's own words for it. */
    public record Reading(Qualifier qualifier, String words) {
    }

    private final List<RoleInfo> roles;
    private final List<LevelInfo> levels;
    private final List<SkillInfo> skills;
    private final List<ResponsibilityInfo> responsibilities;
    private final List<Overlap> overlaps;
    private final List<Qualifier> qualifiers;
    // Look-ups, built once: input reading resolves every member's every skill through them.
    private final Map<String, RoleInfo> roleById;
    private final Map<String, SkillInfo> skillById;
    private final Map<String, ResponsibilityInfo> responsibilityById;
    private final Map<String, String> skillsByName = new LinkedHashMap<>();
    // Positions, built once: reports sort every role, skill and responsibility by them.
    private final Map<String, Integer> rolePositions;
    private final Map<String, Integer> skillPositions;
    private final Map<String, Integer> responsibilityPositions;

    /** @param qualifiers teamfit's reading of the seed's qualifiers as base levels */
    public Catalog(List<RoleInfo> roles, List<LevelInfo> levels, List<Qualifier> qualifiers, List<SkillInfo> skills,
                   List<ResponsibilityInfo> responsibilities, List<Overlap> overlaps) {
        this.qualifiers = List.copyOf(qualifiers);
        this.roles = List.copyOf(roles);
        this.levels = List.copyOf(levels);
        this.skills = List.copyOf(skills);
        this.responsibilities = List.copyOf(responsibilities);
        this.overlaps = List.copyOf(overlaps);
        roleById = byId(this.roles, RoleInfo::id);
        skillById = byId(this.skills, SkillInfo::id);
        responsibilityById = byId(this.responsibilities, ResponsibilityInfo::id);
        rolePositions = positions(roleById);
        skillPositions = positions(skillById);
        responsibilityPositions = positions(responsibilityById);
        skillById.keySet().forEach(id -> skillsByName.put(id, id));
        this.skills.forEach(skill -> skill.aliases().forEach(alias -> skillsByName.putIfAbsent(alias, skill.id())));
    }

    /** The first entry of each id, in catalog order. */
    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.putIfAbsent(id.apply(entry), entry));
        return byId;
    }

    /** Each id's position in catalog order. */
    private static Map<String, Integer> positions(Map<String, ?> byId) {
        Map<String, Integer> positions = new HashMap<>();
        byId.keySet().forEach(id -> positions.put(id, positions.size()));
        return positions;
    }

    public List<RoleInfo> roles() {
        return roles;
    }

    /** The proficiency scale with what each level means. */
    public List<LevelInfo> levels() {
        return levels;
    }

    public List<SkillInfo> skills() {
        return skills;
    }

    /** teamfit's reading of the qualifiers of the seed's Knowledge and Skills lines, as base levels. */
    public List<Qualifier> qualifiers() {
        return qualifiers;
    }

    /** How a Knowledge or Skills line of the seed reads: by the qualifier whose words match the most of it. */
    public Optional<Reading> read(String line) {
        return read(qualifiers, line);
    }

    /** How a line reads through a qualifier table: the qualifier whose words match the most of it. */
    public static Optional<Reading> read(List<Qualifier> table, String line) {
        Reading best = null;
        for (Qualifier q : table) {
            Optional<String> words = q.matches(line);
            if (words.isPresent() && (best == null || words.get().length() > best.words().length())) {
                best = new Reading(q, words.get());
            }
        }
        return Optional.ofNullable(best);
    }

    public List<ResponsibilityInfo> responsibilities() {
        return responsibilities;
    }

    /** Every role's base skills, in role order. */
    public List<BaseSkill> baseSkills() {
        return roles.stream().flatMap(r -> r.skills().stream()).toList();
    }

    /** The seed's overlaps between roles, one direction each. */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    public Optional<RoleInfo> role(String id) {
        return Optional.ofNullable(roleById.get(id));
    }

    public Optional<SkillInfo> skill(String id) {
        return Optional.ofNullable(skillById.get(id));
    }

    public Optional<ResponsibilityInfo> responsibility(String id) {
        return Optional.ofNullable(responsibilityById.get(id));
    }

    public List<String> roleIds() {
        return List.copyOf(roleById.keySet());
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
        return rolePositions.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** The position of a skill in the catalog, for sorting. */
    public int skillOrder(String id) {
        return skillPositions.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** The position of a responsibility in the catalog, for sorting. */
    public int responsibilityOrder(String id) {
        return responsibilityPositions.getOrDefault(id, Integer.MAX_VALUE);
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_]+");

    /** Role names in input are case-insensitive and accept spaces or underscores for hyphens. */
    public Optional<String> resolveRole(String input) {
        String normal = SEPARATORS.matcher(input.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
        return role(normal).map(RoleInfo::id);
    }

    /** The skill id for an input key: a skill id or an alias, case-insensitive. */
    public Optional<String> resolveSkill(String input) {
        return Optional.ofNullable(skillsByName.get(input.trim().toLowerCase(Locale.ROOT)));
    }

    /** The known skill id or alias closest to a misspelt skill key, for a warning. */
    public Optional<String> nearestSkillName(String input) {
        return Nearest.to(input.trim().toLowerCase(Locale.ROOT), skillsByName.keySet());
    }

    /** This catalog with another's entries added after its own; an id already here is kept. */
    public Catalog plus(Catalog other) {
        Objects.requireNonNull(other, "other");
        return new Catalog(
                union(roles, other.roles, RoleInfo::id),
                levels,
                union(qualifiers, other.qualifiers, Qualifier::says),
                union(skills, other.skills, SkillInfo::id),
                union(responsibilities, other.responsibilities, ResponsibilityInfo::id),
                union(overlaps, other.overlaps, o -> o.role() + "~" + o.partner()));
    }

    private static <T> List<T> union(List<T> mine, List<T> theirs, Function<T, String> key) {
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
