package dev.teamfit.engine;

import dev.teamfit.input.ProjectReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class SmokeTest {
    @Test
    void runs() throws Exception {
        RuleBase base = RuleBase.bundled();
        ProjectReader.Loaded loaded = new ProjectReader(base.catalog(), 1 << 20).read(Path.of("samples/card-fraud.yaml"), "samples/card-fraud.yaml");
        var a = base.assess(loaded.project(), loaded.warnings());
        a.roles().forEach(r -> System.out.println(r.requirement().role() + " " + r.requirement().priority() + " " + r.requirement().fte() + " " + r.coverage()));
        a.gaps().forEach(g -> System.out.println(g.type() + " " + g.severity() + " " + g.message(base.catalog()) + " -> " + g.suggestion().text(base.catalog())));
        System.out.println(a.summary());
    }
}
