package dev.teamfit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a team's time is split over the roles a project needs: teamfit's policy, in one place.
 * Each member's allocation goes first to the needed roles they declare, in proportion to what each
 * role still needs; a role never takes more than it needs (when several members offer more, each
 * gives the same share of their offer). Only time left after that goes to roles the member covers
 * through an overlap the seed describes, in the same way. A role's staffed FTE is the sum.
 */
public final class Capacity {

    private static final double EPSILON = 1e-9;

    private Capacity() {
    }

    /**
     * The staffing of every needed role.
     *
     * @param needs     the project's role requirements
     * @param coverages who covers which role: declared, or through an overlap
     * @param team      the members, in team order
     */
    public static List<RoleStaffing> split(Collection<RoleRequirement> needs, Collection<Coverage> coverages,
                                           List<Member> team, List<Reason> reasons) {
        Map<String, Double> remaining = new LinkedHashMap<>();
        needs.forEach(n -> remaining.put(n.role(), n.fte()));
        Map<String, Double> left = new LinkedHashMap<>();
        Map<String, Map<String, Double>> given = new LinkedHashMap<>();
        for (Member member : team) {
            left.put(member.name(), member.allocation());
        }
        fill(left, remaining, given, eligible(coverages, team, true));
        fill(left, remaining, given, eligible(coverages, team, false));
        List<RoleStaffing> staffing = new ArrayList<>();
        for (RoleRequirement need : needs) {
            Map<String, Double> shares = new LinkedHashMap<>();
            double sum = 0;
            for (Member member : team) {
                double share = given.getOrDefault(member.name(), Map.of()).getOrDefault(need.role(), 0.0);
                if (share > EPSILON) {
                    shares.put(member.name(), Fte.round(share));
                    sum += share;
                }
            }
            staffing.add(new RoleStaffing(need.role(), need.fte(), Fte.round(sum), shares, reasons));
        }
        return staffing;
    }

    /** Members (as a rule collects them) in team order. */
    public static List<Member> inTeamOrder(Collection<Member> members) {
        return members.stream().sorted(java.util.Comparator.comparingInt(Member::index)).toList();
    }

    /** Coverages (as a rule collects them) by member and role, so that what follows from them does not depend on the session's order. */
    public static List<Coverage> inOrder(Collection<Coverage> coverages) {
        return coverages.stream().sorted(java.util.Comparator.comparing(Coverage::member)
                .thenComparing(Coverage::role).thenComparing(Coverage::via)).toList();
    }

    /** The roles each member may give time to: the ones they declare, or the ones they cover through an overlap. */
    private static Map<String, Set<String>> eligible(Collection<Coverage> coverages, List<Member> team,
                                                     boolean declared) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (Member member : team) {
            Set<String> set = new LinkedHashSet<>();
            coverages.stream().filter(c -> c.member().equals(member.name()) && c.via().equals(c.role()) == declared)
                    .map(Coverage::role).sorted().forEach(set::add);
            roles.put(member.name(), set);
        }
        return roles;
    }

    /**
     * Gives members' time to roles until no member with time left can help a role that still needs
     * some: each round, every member offers their time in proportion to what their roles still need,
     * and a role offered more than it needs scales every offer down alike.
     */
    private static void fill(Map<String, Double> left, Map<String, Double> remaining,
                             Map<String, Map<String, Double>> given, Map<String, Set<String>> eligible) {
        for (int round = 0; round <= remaining.size(); round++) {
            Map<String, Map<String, Double>> offers = new LinkedHashMap<>();
            Map<String, Double> offered = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> entry : eligible.entrySet()) {
                double time = left.getOrDefault(entry.getKey(), 0.0);
                List<String> open = entry.getValue().stream().filter(r -> remaining.getOrDefault(r, 0.0) > EPSILON)
                        .toList();
                double want = open.stream().mapToDouble(remaining::get).sum();
                if (time <= EPSILON || want <= EPSILON) {
                    continue;
                }
                for (String role : open) {
                    double offer = time * remaining.get(role) / want;
                    offers.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>()).put(role, offer);
                    offered.merge(role, offer, Double::sum);
                }
            }
            double moved = 0;
            for (Map.Entry<String, Map<String, Double>> member : offers.entrySet()) {
                for (Map.Entry<String, Double> offer : member.getValue().entrySet()) {
                    String role = offer.getKey();
                    double scale = Math.min(1, remaining.get(role) / offered.get(role));
                    double give = offer.getValue() * scale;
                    left.merge(member.getKey(), -give, Double::sum);
                    given.computeIfAbsent(member.getKey(), k -> new LinkedHashMap<>()).merge(role, give, Double::sum);
                    moved += give;
                }
            }
            offered.forEach((role, offer) -> remaining.put(role,
                    Math.max(0, remaining.get(role) - Math.min(offer, remaining.get(role)))));
            if (moved <= EPSILON) {
                return;
            }
        }
    }
}
