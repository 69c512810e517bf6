package dev.teamfit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a PM can do about a gap: teamfit's advice, worked out so that the actions of one project fit
 * the time its people have (see the advisor in the engine). {@link #text} phrases it.
 */
public sealed interface Action {

    /** The action as a sentence, using the catalog's names. */
    String text(Catalog catalog);

    /**
     * Staff a role short of FTE: people with time to give first, then a hire for what is left.
     *
     * @param hire null when the people cover it
     */
    record Staff(String role, List<Step> steps, Hire hire) implements Action {
        public Staff {
            steps = List.copyOf(steps);
        }

        @Override
        public String text(Catalog catalog) {
            List<String> parts = steps.stream().map(s -> s.text(catalog, role)).toList();
            String people = String.join("; ", parts);
            if (hire == null) {
                return capitalise(people) + ".";
            }
            String hiring = hire.text(catalog);
            return parts.isEmpty() ? hiring : capitalise(people) + "; and " + uncapitalise(hiring);
        }
    }

    /**
     * One person's time given to a role.
     *
     * @param via      the declared role they work through: the role itself, or an overlapping one
     * @param overlap  the seed section of the overlap, or null when they declare the role
     * @param toClose  the levels they fall short of on the role, to train
     */
    record Step(String member, String via, String overlap, double fte, List<Shortfall> toClose) {
        public Step {
            toClose = List.copyOf(toClose);
        }

        String text(Catalog catalog, String role) {
            StringBuilder text = new StringBuilder();
            if (overlap == null) {
                text.append("give ").append(member).append(' ').append(Fte.format(fte)).append(" FTE more on the ")
                        .append(catalog.roleName(role)).append(" role (time they have free)");
            } else {
                text.append("have ").append(member).append(" (").append(catalog.roleName(via)).append(") take ")
                        .append(Fte.format(fte)).append(" FTE of the ").append(catalog.roleName(role))
                        .append(" work through the overlap the seed describes (").append(overlap).append(")");
            }
            if (!toClose.isEmpty()) {
                text.append(", closing ").append(steps(catalog, toClose));
            }
            return text.toString();
        }
    }

    /**
     * Hire someone: the roles of one profile (overlapping roles merged into one person), at a level,
     * with the skills the project needs above it.
     */
    record Hire(List<String> roles, Level level, Map<String, Level> above, double fte) implements Action {
        public Hire {
            roles = List.copyOf(roles);
            above = Collections.unmodifiableMap(new TreeMap<>(above));
        }

        @Override
        public String text(Catalog catalog) {
            String profile = String.join(" and ", roles.stream().map(catalog::roleName).toList());
            String extra = above.isEmpty() ? "" : " (" + String.join(", ", above.entrySet().stream()
                    .map(e -> e.getValue().id() + " in " + catalog.skillName(e.getKey())).toList()) + ")";
            return "Hire " + article(level.id()) + " " + level.id() + " " + profile + extra + " at " + Fte.format(fte)
                    + " FTE.";
        }
    }

    /** Train a member on a role in the levels they fall short of, each with a teammate to pair with where there is one. */
    record Train(String member, String role, List<Shortfall> shortfalls) implements Action {
        public Train {
            shortfalls = List.copyOf(shortfalls);
        }

        @Override
        public String text(Catalog catalog) {
            return "Train " + member + " for the " + catalog.roleName(role) + " role in " + steps(catalog, shortfalls)
                    + ".";
        }
    }

    /** Find out people's levels in skills their roles need that the project file does not give. */
    record Assess(Map<String, List<String>> skills) implements Action {
        public Assess {
            skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
        }

        @Override
        public String text(Catalog catalog) {
            return "Assess the levels the project file does not give: " + String.join("; ", skills.entrySet().stream()
                    .map(e -> e.getKey() + " in " + Text.series(e.getValue().stream().map(catalog::skillName).toList(), "and"))
                    .toList()) + ".";
        }
    }

    /** Bring in levels nobody on the team has, or train the closest person with time to reach them. */
    record BringIn(String role, List<Shortfall> shortfalls, String trainee) implements Action {
        public BringIn {
            shortfalls = List.copyOf(shortfalls);
        }

        @Override
        public String text(Catalog catalog) {
            String levels = Text.series(shortfalls.stream().map(s -> catalog.skillName(s.skill()) + " at " + s.need().id())
                    .toList(), "and");
            return "Bring in " + levels + " (a specialist or an experienced hire)" + (trainee == null ? "."
                    : ", or plan training for " + trainee + " with time to reach " + (shortfalls.size() == 1 ? "it."
                    : "them."));
        }
    }

    /** Pair a member with a teammate who has the level they are well below. */
    record Mentor(String member, String skill, int from, Level to, String mentor) implements Action {
        @Override
        public String text(Catalog catalog) {
            return "Pair " + member + " with " + mentor + " to grow " + catalog.skillName(skill) + " from "
                    + Level.idOf(from) + " toward " + to.id() + ".";
        }
    }

    /** Give a role one person carries a second person, from the team when someone has time, else a hire. */
    record Backup(String role, String member, String candidate, double fte) implements Action {
        @Override
        public String text(Catalog catalog) {
            return candidate != null
                    ? "Train " + candidate + " as a backup " + catalog.roleName(role) + " (" + Fte.format(fte)
                    + " FTE they have free) so that the project does not depend on " + member + " alone."
                    : "Plan a backup " + catalog.roleName(role) + " (a part-time hire or a shared specialist): nobody "
                    + "else on the team has time free, and the project depends on " + member + " alone.";
        }
    }

    /**
     * Lighten the load of a member booked over full time across projects, or spread over too many roles.
     *
     * @param roles     the required roles they staff here
     * @param total     their allocation summed over the projects they are in
     * @param elsewhere how many other projects they are in
     * @param first     the first few of those projects' ids
     */
    record Rebalance(String member, List<String> roles, double total, int elsewhere, List<String> first)
            implements Action {
        public Rebalance {
            roles = List.copyOf(roles);
            first = List.copyOf(first);
        }

        /** What is wrong, as a sentence. */
        public String problem(Catalog catalog) {
            if (elsewhere > 0) {
                return member + " is allocated " + Fte.format(total) + " FTE in all, here and in " + projects() + ".";
            }
            return member + " is asked to staff " + roles.size() + " required roles: " + names(catalog) + ".";
        }

        @Override
        public String text(Catalog catalog) {
            if (elsewhere > 0) {
                return "Bring " + member + "'s allocations down to 1 FTE in all (" + Fte.format(total - 1)
                        + " FTE over), or back them up on one project.";
            }
            return "Hire for one of " + names(catalog) + ", or move that work to another member, so that " + member
                    + " can focus.";
        }

        private String projects() {
            int more = elsewhere - first.size();
            return String.join(", ", first) + (more > 0 ? " and " + more + " more" : "");
        }

        private String names(Catalog catalog) {
            return String.join(", ", roles.stream().map(catalog::roleName).toList());
        }
    }

    /** Several actions for one gap, in order. */
    record All(List<Action> actions) implements Action {
        public All {
            actions = List.copyOf(actions);
        }

        @Override
        public String text(Catalog catalog) {
            return String.join(" ", actions.stream().map(a -> a.text(catalog)).toList());
        }
    }

    /** Confirm or drop a declared role the project does not need. */
    record Review(String member, String role) implements Action {
        @Override
        public String text(Catalog catalog) {
            return "Check whether " + member + " is needed as " + catalog.roleName(role)
                    + " here; their time may be better spent on a needed role.";
        }
    }

    /** "statistics (advanced-beginner → competent, pair with Ana Ruiz) and ETL (not assessed → competent)". */
    private static String steps(Catalog catalog, List<Shortfall> shortfalls) {
        return Text.series(shortfalls.stream().map(s -> catalog.skillName(s.skill()) + " (" + Level.idOf(s.have())
                + " → " + s.need().id() + (s.mentor() == null ? "" : ", pair with " + s.mentor()) + ")").toList(), "and");
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String uncapitalise(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
