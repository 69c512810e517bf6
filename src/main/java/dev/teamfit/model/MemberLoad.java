package dev.teamfit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A member's allocation summed over every project of a portfolio they are in, as a fact for the
 * project being assessed. Bounded by the project, not the portfolio: a person on thousands of
 * projects is a count and the first few ids here; the portfolio summary lists them all, once.
 *
 * @param member    the member's name as this project spells it
 * @param total     the sum of their allocations over the portfolio
 * @param elsewhere the other projects they are in
 */
public record MemberLoad(String member, double total, Elsewhere elsewhere) {

    /** How many other projects a fact names at most. */
    public static final int FIRST = 3;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

    public MemberLoad {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(elsewhere, "elsewhere");
    }

    /** A load naming other projects, all of them when there are at most {@link #FIRST}. */
    public MemberLoad(String member, double total, List<String> elsewhere) {
        this(member, total, new Elsewhere(elsewhere.size(), elsewhere.stream().limit(FIRST).toList()));
    }

    /**
     * The other projects a member is in.
     *
     * @param size  how many there are
     * @param first the first few of their ids, sorted (at most {@link #FIRST})
     */
    public record Elsewhere(int size, List<String> first) {
        public Elsewhere {
            first = List.copyOf(first);
            if (size < first.size() || first.size() > FIRST) {
                throw new IllegalArgumentException("at most " + FIRST + " of " + size + " projects, not " + first.size());
            }
        }
    }

    /**
     * Members are the same person across projects when their names match, ignoring case and spacing:
     * compatibility forms folded (NFKC), any run of Unicode spaces read as one space.
     */
    public static String identity(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
