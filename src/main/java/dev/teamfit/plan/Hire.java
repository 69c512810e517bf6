package dev.teamfit.plan;

import dev.teamfit.model.Reason;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One person to recruit.
 *
 * @param id       {@code hire-1}, {@code hire-2}, ...: the name the hire's assignments use
 * @param roles    the roles the hire fills, sorted; when more than one, each overlaps every other, so the recruit
 *                 may declare any of them and fill the rest through the overlaps
 * @param skills   skill id to the highest level any of the hire's work needs
 * @param fte      the most of a person the hire works in any month
 * @param from     the first month of work
 * @param until    the last month of work
 * @param projects the projects the hire works on, sorted
 */
public record Hire(String id, List<String> roles, Map<String, Integer> skills, double fte, YearMonth from,
                   YearMonth until, List<String> projects, List<Reason> reasons) {

    public Hire {
        roles = List.copyOf(roles);
        skills = Collections.unmodifiableMap(new TreeMap<>(skills));
        projects = List.copyOf(projects);
        reasons = List.copyOf(reasons);
    }
}
