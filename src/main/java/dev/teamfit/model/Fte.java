package dev.teamfit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats FTE and ratios the same way everywhere: at most two decimals, no trailing zeros. */
public final class Fte {

    private Fte() {
    }

    /** Rounds to two decimals, half up. */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 0.5}, {@code 1}, {@code 0.67}. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
