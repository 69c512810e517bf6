package dev.teamfit.plan;

import dev.teamfit.model.Reason;

import java.time.YearMonth;
import java.util.List;

/**
 * Part of a role need that stays unstaffed, at the same FTE over a run of months.
 *
 * @param cause why nobody fills it
 */
public record Unmet(String project, String role, boolean required, double fte, YearMonth from, YearMonth until,
                    Cause cause, List<Reason> reasons) {

    public Unmet {
        reasons = List.copyOf(reasons);
    }

    /** Why a need stays unstaffed. */
    public enum Cause {
        /** Nobody in the pool declares the role or a role that overlaps it, and hiring is off. */
        NOBODY_WITH_THE_ROLE("nobody in the pool declares the role or one that overlaps it, and hiring is off"),
        /** Everyone who could fill it is busy or unavailable in those months, and hiring is off. */
        NOBODY_AVAILABLE("everyone who could fill it is busy or unavailable in these months, and hiring is off"),
        /** A recommended role the pool cannot staff, where hiring covers required roles only. */
        RECOMMENDED_NOT_HIRED("a recommended role the pool cannot staff: hiring covers required roles only"),
        /** Someone could have filled it: the search stopped first. */
        SEARCH_STOPPED("someone could fill it: the search stopped before it found how");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        /** The cause as a sentence fragment. */
        public String text() {
            return text;
        }
    }
}
