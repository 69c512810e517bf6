package dev.teamfit.cli;

import dev.teamfit.model.Gap;
import dev.teamfit.model.Severity;

import java.util.Collection;

/** The least severe gap that makes the run exit 3, or none. */
enum FailOn {
    CRITICAL(Severity.CRITICAL), MAJOR(Severity.MAJOR), MINOR(Severity.MINOR), NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether any gap is at or above the threshold. */
    boolean isMet(Collection<Gap> gaps) {
        return isMetBy(gaps.stream().map(Gap::severity).toList());
    }

    /** Whether any of these severities is at or above the threshold. */
    boolean isMetBy(Collection<Severity> severities) {
        return threshold != null && severities.stream().anyMatch(s -> s.compareTo(threshold) <= 0);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
