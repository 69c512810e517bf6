package dev.teamfit.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reasons order by their text: comparing it without building it must give the same order as building it. */
class ReasonTest {

    /** Short pieces that share prefixes and hold the characters the text itself is made of (", []="). */
    private static final String[] PIECES = {"", "A", "A ", "A,", "A-1", "AB", "ROLE-001", "ROLE-0011", "a=b", "[x]",
            "x, y", "Reason[rule=", "é", "\uD83D\uDE80", "z"};

    private static String piece(Random random) {
        return PIECES[random.nextInt(PIECES.length)] + (random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : "");
    }

    private static List<Reason> reasons(Random random) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<String> facts = new ArrayList<>();
            for (int f = random.nextInt(4); f > 0; f--) {
                facts.add(piece(random));
            }
            reasons.add(new Reason(piece(random), piece(random), piece(random), facts));
        }
        return reasons;
    }

    @Test
    void comparingTheTextLazilyOrdersAsComparingTheBuiltText() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            List<Reason> a = reasons(random);
            List<Reason> b = random.nextInt(5) == 0 ? new ArrayList<>(a) : reasons(random);
            if (!b.isEmpty() && random.nextBoolean()) {
                Reason last = b.remove(b.size() - 1);
                List<String> facts = new ArrayList<>(last.facts());
                facts.add(piece(random));
                b.add(new Reason(last.rule(), last.name(), last.source(), facts));
            }
            int expected = Integer.signum(a.toString().compareTo(b.toString()));
            assertEquals(expected, Integer.signum(Reason.compareText(a, b)), a + " vs " + b);
            assertEquals(-expected, Integer.signum(Reason.compareText(b, a)), b + " vs " + a);
        }
    }

    @Test
    void sortingByTextKeepsTheGivenOrderFirst() {
        List<List<Reason>> lists = List.of(
                List.of(new Reason("R-2", "n", "s", List.of("b"))),
                List.of(new Reason("R-1", "n", "s", List.of("z"))),
                List.of(new Reason("R-1", "n", "s", List.of("a"))));
        List<List<Reason>> sorted = Reason.sortByText(lists, java.util.Comparator.comparingInt(l -> 0), l -> l);
        assertEquals(List.of(lists.get(2), lists.get(1), lists.get(0)), sorted);
        List<List<Reason>> byRuleDescending = Reason.sortByText(lists,
                java.util.Comparator.comparing((List<Reason> l) -> l.get(0).rule()).reversed(), l -> l);
        assertEquals(List.of(lists.get(0), lists.get(2), lists.get(1)), byRuleDescending);
    }
}
