package dev.teamfit.plan;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** With no time limit, the same request and seed give the same plan, byte for byte. */
class DeterminismTest {

    /** Big enough that each step samples its moves at random rather than trying them all. */
    private static final Generated.Size SIZE = new Generated.Size(6, 20, 12, 1, 5, 4, 1, 3, 0.2, true);

    @Test
    void theSameRequestAndSeedGiveTheSamePlan() {
        PlanRequest request = Plans.with(Generated.request(7, SIZE), new Limits(7, 50, null, 4));
        String first = Plans.plan(request).toString();
        String second = Plans.plan(request).toString();
        assertEquals(first, second);
        // The canonical text is the whole plan: a different search shows in it.
        assertNotEquals(first, Plans.plan(Plans.with(request, new Limits(8, 50, null, 4))).toString());
    }
}
