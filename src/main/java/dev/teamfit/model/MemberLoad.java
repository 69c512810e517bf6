package dev.teamfit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A member's allocation summed over every project of a portfolio they are in, as a fact for the
 * project being assessed.
 *
 * @param member    the member's name as this project spells it
 * @param total     the sum of their allocations over the portfolio
 * @param elsewhere the ids of the other projects they are in, sorted
 */
public record MemberLoad(String member, double total, List<String> elsewhere) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

    public MemberLoad {
        Objects.requireNonNull(member, "member");
        elsewhere = List.copyOf(elsewhere);
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
