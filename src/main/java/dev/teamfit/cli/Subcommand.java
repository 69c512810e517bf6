package dev.teamfit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that does the work, and reaches the run's writers through its spec. */
@Command // for picocli-codegen, which wants a @Spec inside a @Command
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Writes a result to {@code output}, or to stdout when there is none. */
    void write(String text, Path output) {
        Output.write(text, output, out());
    }
}
