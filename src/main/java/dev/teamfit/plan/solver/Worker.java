package dev.teamfit.plan.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.Map;
import java.util.Set;

/**
 * Whoever can take a seat: a person of the pool, or a hire placeholder of a hire group (roles that all overlap
 * each other). Placeholders of a group are interchangeable; the solver decides how many of them work.
 */
public final class Worker {

    @PlanningId
    private final String id;
    private final int index;
    private final boolean hire;
    private final Set<String> roles;
    private final Map<String, Integer> skills;
    private final int[] capacity;
    private final long cost;

    /**
     * @param index    unique among the model's workers: people first, then hire placeholders
     * @param roles    the roles a person declares, or every role of a hire's group
     * @param capacity quarters free in each month of the horizon (availability, window and bookings applied)
     * @param cost     per quarter-month, in hundredths; 0 when the plan does not weigh cost
     */
    public Worker(String id, int index, boolean hire, Set<String> roles, Map<String, Integer> skills, int[] capacity,
                  long cost) {
        this.id = id;
        this.index = index;
        this.hire = hire;
        this.roles = Set.copyOf(roles);
        this.skills = Map.copyOf(skills);
        this.capacity = capacity.clone();
        this.cost = cost;
    }

    /** A person's name, or a placeholder's id such as {@code hire:data-engineer+ml-engineer:2}. */
    public String id() {
        return id;
    }

    public int index() {
        return index;
    }

    public boolean isHire() {
        return hire;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Their level in a skill, 0 when they do not hold it. */
    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    public int capacity(Month month) {
        return capacity[month.index()];
    }

    public long cost() {
        return cost;
    }

    /** The role through which this worker fills the need, or null when they cannot fill it. */
    public String via(Need need) {
        if (roles.contains(need.role())) {
            return need.role();
        }
        if (hire) {
            return null;
        }
        String via = null;
        for (String partner : need.partners().keySet()) {
            if (roles.contains(partner) && (via == null || partner.compareTo(via) < 0)) {
                via = partner;
            }
        }
        return via;
    }

    /** Levels short of what the need asks, summed over its skills; a hire is recruited at the levels needed. */
    public int shortfall(Need need) {
        if (hire) {
            return 0;
        }
        int shortfall = 0;
        for (Map.Entry<String, Integer> skill : need.skills().entrySet()) {
            shortfall += Math.max(0, skill.getValue() - level(skill.getKey()));
        }
        return shortfall;
    }

    @Override
    public String toString() {
        return id;
    }
}
