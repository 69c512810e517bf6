package dev.teamfit.plan;

/** Which needs the planner may propose to hire for, once the pool cannot staff them. */
public enum Hiring {
    /** No hires: what the pool cannot staff stays unmet. */
    NONE,
    /** Hires for required roles only; recommended roles the pool cannot staff stay unmet. */
    REQUIRED,
    /** Hires for every need the pool cannot staff. */
    ALL
}
