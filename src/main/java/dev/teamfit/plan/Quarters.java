package dev.teamfit.plan;

/** FTE as whole quarters of a person: the planner's unit, which keeps its scores integer. */
final class Quarters {

    private Quarters() {
    }

    /** The quarters of a positive FTE that must be a multiple of 0.25; {@code what} names it in the error. */
    static int of(double fte, String what) {
        double quarters = fte * 4;
        if (!(fte > 0) || Math.abs(quarters - Math.rint(quarters)) > 1e-9) {
            throw new IllegalArgumentException(what + " is " + fte + ": it must be a positive multiple of 0.25");
        }
        return (int) Math.rint(quarters);
    }
}
