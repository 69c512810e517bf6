package dev.teamfit.robust;

import dev.teamfit.input.TreeReader;
import dev.teamfit.model.Project;
import net.jqwik.api.SampleReportingFormat;

import java.util.Random;

/** jqwik shows a generated project as the shortest project file that says it, rather than as a record. */
public final class ProjectReportingFormat implements SampleReportingFormat {

    private static final ProjectWriter.Style SHORT = new ProjectWriter.Style(true, false, false, true, true, false);

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof Project;
    }

    @Override
    public Object report(Object value) {
        return SampleReportingFormat.plainLabel(show((Project) value));
    }

    /** A project as the shortest YAML file that says it, indented, on lines of its own. */
    public static String show(Project project) {
        String yaml = new ProjectWriter(ProjectArbitraries.catalog()).write(project, TreeReader.Syntax.YAML, SHORT,
                new Random(0));
        return "\n" + yaml.indent(4);
    }
}
