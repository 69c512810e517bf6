package dev.teamfit.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Conclusions that tie are ordered by the text of their reasons, after the order given. */
class ReasonTest {

    @Test
    void sortingByTextKeepsTheGivenOrderFirst() {
        List<List<Reason>> lists = List.of(
                List.of(new Reason("R-2", "n", "s", Reason.Basis.ESTIMATE, "", List.of("b"))),
                List.of(new Reason("R-1", "n", "s", Reason.Basis.ESTIMATE, "", List.of("z"))),
                List.of(new Reason("R-1", "n", "s", Reason.Basis.ESTIMATE, "", List.of("a"))));
        List<List<Reason>> sorted = Reason.sortByText(lists, java.util.Comparator.comparingInt(l -> 0), l -> l);
        assertEquals(List.of(lists.get(2), lists.get(1), lists.get(0)), sorted);
        List<List<Reason>> byRuleDescending = Reason.sortByText(lists,
                java.util.Comparator.comparing((List<Reason> l) -> l.get(0).rule()).reversed(), l -> l);
        assertEquals(List.of(lists.get(0), lists.get(2), lists.get(1)), byRuleDescending);
    }
}
