package dev.teamfit.model;

import java.util.List;
import java.util.Locale;

/** What a PM can do about a gap. Rules build these; {@link #text} phrases them. */
public sealed interface Suggestion {

    /** The suggestion as a sentence, using the catalog's names. */
    String text(Catalog catalog);

    /** Hire someone for a role at a level and FTE. */
    record Hire(String role, Level level, double fte) implements Suggestion {
        @Override
        public String text(Catalog catalog) {
            return "Hire " + article(level.id()) + " " + level.id() + " " + catalog.roleName(role)
                    + " at " + Fte.format(fte) + " FTE.";
        }
    }

    /**
     * Train a member in a skill from one level to another.
     *
     * @param mentor a team member who has the skill at that level, or null when nobody has
     */
    record Train(String member, String skill, int from, Level to, String mentor) implements Suggestion {
        @Override
        public String text(Catalog catalog) {
            return "Train " + member + " in " + catalog.skillName(skill) + " from " + Level.idOf(from) + " to "
                    + to.id() + (mentor == null ? "." : ", pairing them with " + mentor + ", who has it.");
        }
    }

    /** Bring a skill nobody on the team has into the team. */
    record BringIn(String skill, Level level, List<String> trainees) implements Suggestion {
        public BringIn {
            trainees = List.copyOf(trainees);
        }

        @Override
        public String text(Catalog catalog) {
            return "Bring in " + catalog.skillName(skill) + " at " + level.id()
                    + " (a specialist or an experienced hire), or plan training for " + String.join(" and ", trainees)
                    + " with time to reach it.";
        }
    }

    /** Let a member whose declared role overlaps take on another role, with training. */
    record Reassign(String member, String from, String to, String overlap) implements Suggestion {
        @Override
        public String text(Catalog catalog) {
            return "Have " + member + " (" + catalog.roleName(from) + ") take on the " + catalog.roleName(to)
                    + " work through the overlap the seed describes (" + overlap + "), and close their skill gaps.";
        }
    }

    /** Close the skill gaps of the members who partly cover a role, or hire for it. */
    record Upskill(List<String> members, String role, Level level, double fte) implements Suggestion {
        public Upskill {
            members = List.copyOf(members);
        }

        @Override
        public String text(Catalog catalog) {
            return "Close the skill gaps of " + String.join(" and ", members) + " for the " + catalog.roleName(role)
                    + " role, or hire " + article(level.id()) + " " + level.id() + " " + catalog.roleName(role)
                    + " at " + Fte.format(fte) + " FTE.";
        }
    }

    /** Find a second person for a role that one person carries. */
    record Backup(String role, String member) implements Suggestion {
        @Override
        public String text(Catalog catalog) {
            return "Train or hire a second " + catalog.roleName(role) + " so that the project does not depend on "
                    + member + " alone.";
        }
    }

    /**
     * Lighten the load of a member spread over too many roles, or over projects.
     *
     * @param roles      the required roles they are asked to cover here
     * @param allocation their allocation summed over the projects they are in
     * @param elsewhere  the other projects they are allocated to, empty within one project
     */
    record Rebalance(String member, List<String> roles, double allocation, List<String> elsewhere)
            implements Suggestion {
        public Rebalance {
            roles = List.copyOf(roles);
            elsewhere = List.copyOf(elsewhere);
        }

        /** What is wrong, as a sentence. */
        public String problem(Catalog catalog) {
            if (!elsewhere.isEmpty()) {
                return member + " is allocated " + Fte.format(allocation) + " FTE in all, here and in "
                        + String.join(", ", elsewhere) + ".";
            }
            return member + " is asked to cover " + roles.size() + " required roles: " + names(catalog) + ".";
        }

        @Override
        public String text(Catalog catalog) {
            if (!elsewhere.isEmpty()) {
                return "Bring " + member + "'s allocations down to 1 FTE in all, or back them up on one project.";
            }
            return "Hire for one of " + names(catalog) + ", or move that work to another member, so that "
                    + member + " can focus.";
        }

        private String names(Catalog catalog) {
            return String.join(", ", roles.stream().map(catalog::roleName).toList());
        }
    }

    /** Confirm or drop a declared role the project does not need. */
    record Review(String member, String role) implements Suggestion {
        @Override
        public String text(Catalog catalog) {
            return "Check whether " + member + " is needed as " + catalog.roleName(role)
                    + " here; their time may be better spent on a needed role.";
        }
    }

    static Suggestion hire(String role, Level level, double fte) {
        return new Hire(role, level, fte);
    }

    static Suggestion train(String member, String skill, int from, Level to, String mentor) {
        return new Train(member, skill, from, to, mentor);
    }

    static Suggestion bringIn(String skill, Level level, List<String> trainees) {
        return new BringIn(skill, level, trainees);
    }

    static Suggestion reassign(String member, String from, String to, String overlap) {
        return new Reassign(member, from, to, overlap);
    }

    static Suggestion upskill(List<String> members, String role, Level level, double fte) {
        return new Upskill(members.stream().sorted().toList(), role, level, fte);
    }

    static Suggestion overbooked(String member, double total, List<String> elsewhere) {
        return new Rebalance(member, List.of(), total, elsewhere);
    }

    static Suggestion backup(String role, String member) {
        return new Backup(role, member);
    }

    static Suggestion rebalance(String member, List<String> roles, double allocation) {
        return new Rebalance(member, roles.stream().sorted().toList(), allocation, List.of());
    }

    static Suggestion review(String member, String role) {
        return new Review(member, role);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
    }
}
