/**
 * The staffing optimiser: from the roles each project needs (required or recommended, FTE in quarters of a
 * person, skill levels) and a pool of people, a plan of who fills which role at what FTE month by month, what to
 * train, what stays unmet, and the fewest hires. {@link dev.teamfit.plan.Planner#plan} is the optimiser's entry
 * point; its request and plan are plain records, so nothing that calls it sees the solver underneath
 * ({@link dev.teamfit.plan.solver}, the only package that imports Timefold). {@link dev.teamfit.plan.PortfolioPlan#of}
 * is the way in from the rules' assessments and a pool of people (the command line's and the web app's), and its
 * result is what the reports render.
 *
 * <h2>Objective</h2>
 * Plans are compared level by level ({@link dev.teamfit.plan.PlanScore.Level}), a lower level counting only
 * between plans equal on every level above it. Work is counted in quarter-months (a quarter of a person for a
 * month), which keeps every score an integer.
 * <ol>
 *   <li>hard: nobody above their availability in any month (availability, rounded down to a quarter, less their
 *       bookings, and nothing outside their available months); a role filled only by someone who declares it or
 *       a role that overlaps it ({@code PLAN-001}, {@code PLAN-002});</li>
 *   <li>need left unstaffed, hires counting as staffed, a required quarter-month weighing four recommended ones
 *       ({@code PLAN-003});</li>
 *   <li>hires ({@code PLAN-004});</li>
 *   <li>skill levels short, times the quarter-months of the work that needs them ({@code PLAN-005}), plus
 *       continuity: each change of who fills a (project, role) share from one run of months to the next, at
 *       {@link dev.teamfit.plan.PlanRule#CHANGE_WEIGHT} ({@code PLAN-012}). On this level a change outweighs a
 *       small skill gain but not a large one, and it can never cost staffed need or a hire. A share is a slot
 *       of the need (its k-th free quarter); the seat of the same project, role and slot starting the month
 *       after a seat ends continues it, so the constraint is one equal-key join;</li>
 *   <li>quarter-months filled through an overlap, plus each project beyond a person's first in a month, plus
 *       each role of a hire beyond its first at {@link dev.teamfit.plan.PlanRule#EXTRA_ROLE_WEIGHT}
 *       ({@code PLAN-006}, {@code PLAN-007}, {@code PLAN-013}): below the hire count, so a hire spans several
 *       roles only when that saves a hire;</li>
 *   <li>cost, only when everyone in the pool has one ({@code PLAN-008});</li>
 *   <li>a tie-breaker that only guides the search: hired work packed onto few recruits ({@code PLAN-009}).</li>
 * </ol>
 *
 * <h2>How hires are modelled, and why</h2>
 * A hire is a planning value, like a person: a placeholder of a <em>hire group</em>, a largest set of roles that
 * all overlap each other both ways (with the seed's overlaps: {data-engineer, data-scientist, ml-engineer},
 * {ml-engineer, mlops-engineer}, {ml-engineer, ml-researcher}, and each other role alone), so that whichever of
 * them the recruit declares, the others are theirs through an overlap. A placeholder has a full person's
 * capacity every month, may work for several projects and roles of its group, and the score counts each
 * placeholder that works at all. The solver therefore minimises the number of hires itself, against everything
 * else: half an ML engineer and half an MLOps engineer on the same months are one hire of one FTE, because two
 * would score worse. Hiring "everyone" is still a feasible plan (the trap of an unassigned-allowed model); it is
 * simply a bad one on the hires level. Post-processing that merged unstaffed seats into hires was rejected: the
 * search could not then trade a person's time against a hire, and proving such a merge optimal is a bin-packing
 * problem of its own.
 *
 * <p>The model starts with enough placeholders per group to hire every hireable quarter of its roles in the
 * busiest month, which no plan can exceed. After the greedy start it keeps the placeholders in use and a few
 * spare per group (every placeholder widens every seat's choices); a plan needing more than a few hires beyond
 * the greedy start's in one group would be missed.
 *
 * <h2>Time</h2>
 * Each project's span is split into runs of months at every month where something changes for anyone (someone's
 * availability, a booking, a project starting or ending): within a run every month is the same problem, so a
 * best plan may staff them alike, and each quarter of a need is one seat over the run. Beyond
 * {@link dev.teamfit.plan.Limits#maxSegments()} runs, the splits nearest to equal lengths are kept (a person whose
 * availability changes inside a run then takes it only at their lowest availability in it); a booking's own
 * first and last months always split.
 *
 * <p>After the search, two rearrangements that the search's one- and two-seat moves rarely find are tried, each
 * kept only when the plan scores better: each need's workers put in the slots they held the run before, and each
 * hire group's hired work dealt out again among the same hires (a share's chain of seats on one hire, a hire in
 * as few roles as fit). Neither changes the staffed need, the people's work or the number of hires.
 *
 * <h2>Determinism</h2>
 * Stopped by a count of steps without improvement ({@link dev.teamfit.plan.Limits#SIZED} by default: one per two
 * seats the search may change, 50 to 500), the same request and seed give the same plan, byte for byte:
 * one solver thread, seeded, and every list of the plan sorted. A time limit that stops the search first makes
 * the plan depend on the machine's speed.
 */
package dev.teamfit.plan;
