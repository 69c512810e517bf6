package dev.teamfit.report;

import dev.teamfit.model.Fte;
import dev.teamfit.model.Member;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project's input in a few words, as report headers show it. */
public final class Profile {

    private Profile() {
    }

    /** Short tags: the domain, the criticality, regulated, customer-facing, the duration. */
    public static List<String> tags(Project p) {
        List<String> tags = new ArrayList<>();
        if (p.value("domain") != null) {
            tags.add(p.text("domain"));
        }
        tags.add(p.criticality() + " criticality");
        if (Boolean.TRUE.equals(p.value("regulated"))) {
            tags.add("regulated");
        }
        if (Boolean.TRUE.equals(p.value("customer-facing"))) {
            tags.add("customer-facing");
        }
        if (p.durationMonths() != null) {
            tags.add(count(p.durationMonths(), "month", "months"));
        }
        return tags;
    }

    /** The problem, data, deployment, stakeholders and team, one line each. */
    public static Map<String, String> lines(Project p) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Problem", p.text("problem.kind") + ", " + p.text("problem.novelty")
                + (p.value("problem.approach") == null ? "" : ", " + p.text("problem.approach")));
        lines.put("Data", p.text("data.volume") + " volume, " + count((Integer) p.value("data.sources"), "source",
                "sources") + (flag(p, "data.streaming") ? ", streaming" : "") + ", " + p.text("data.quality")
                + " quality" + (flag(p, "data.personal-data") ? ", personal data" : ""));
        lines.put("Deployment", p.text("deployment.mode")
                + (p.value("deployment.latency-ms") == null ? "" : ", " + p.text("deployment.latency-ms") + " ms latency")
                + ", retraining " + p.text("deployment.retraining")
                + (flag(p, "deployment.monitoring") ? ", monitored" : "")
                + ", " + count((Integer) p.value("deployment.models"), "model", "models")
                + (p.value("deployment.infrastructure") == null ? "" : ", " + p.text("deployment.infrastructure")));
        lines.put("Stakeholders", count((Integer) p.value("stakeholders"), "group", "groups"));
        lines.put("Team", !p.teamDeclared() ? "not given" : count(p.team().size(), "person", "people") + ", "
                + Fte.format(p.team().stream().mapToDouble(Member::allocation).sum()) + " FTE");
        return lines;
    }

    private static boolean flag(Project p, String key) {
        return Boolean.TRUE.equals(p.value(key));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
