package dev.teamfit.engine;

import dev.teamfit.model.Characteristic;
import dev.teamfit.model.Project;

import java.util.ArrayList;
import java.util.List;

/** The input characteristics of a project: one fact per key path the format marks as one, defaults applied, and the team's size. */
final class Facts {

    private Facts() {
    }

    static List<Characteristic> of(Project p) {
        List<Characteristic> facts = new ArrayList<>();
        java.util.Map<String, dev.teamfit.input.ProjectFormat.Value> format = dev.teamfit.input.ProjectFormat.values();
        p.values().forEach((key, value) -> {
            if (format.containsKey(key) && format.get(key).fact()) {
                facts.add(Characteristic.input(key, value));
            }
        });
        if (p.teamDeclared()) {
            facts.add(Characteristic.input("team.size", p.team().size()));
        }
        return facts;
    }
}
