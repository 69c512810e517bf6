package dev.teamfit.plan;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.teamfit.plan.Plans.JAN;
import static dev.teamfit.plan.Plans.need;
import static dev.teamfit.plan.Plans.person;
import static dev.teamfit.plan.Plans.plan;
import static dev.teamfit.plan.Plans.project;
import static dev.teamfit.plan.Plans.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerBehaviourTest {

    @Test
    void smoke() {
        StaffingPlan plan = plan(request(
                List.of(project("card-fraud", JAN, 6, need("ml-engineer", 1, "python", 4), need("data-scientist", 0.5))),
                List.of(person("Ana Ruiz", List.of("ml-engineer"), "python", 3), person("Bo", List.of("data-scientist"))),
                List.of()));
        System.out.println(plan);
        assertTrue(plan.score().feasible());
    }
}
