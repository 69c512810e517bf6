package dev.teamfit.cli;

import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's documentation of the command line, from the same model the program parses with: a man
 * page per command ({@code man/teamfit-assess.adoc}, ...; picocli-codegen's ManPageGenerator writes
 * AsciiDoc with the manpage doctype, which {@code asciidoctor -b manpage} turns into troff) and the
 * completion scripts ({@code completion/teamfit.bash}, {@code completion/teamfit.zsh}). Maven runs it
 * once the classes are compiled; the release archive ships what it writes.
 * Usage: {@code Docs OUTPUT-DIR}.
 */
public final class Docs {

    private Docs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
        CommandLine all = Cli.create(discard, discard);
        Path man = Files.createDirectories(out.resolve("man"));
        int code = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, all.getCommandSpec());
        if (code != CommandLine.ExitCode.OK) {
            System.err.println("teamfit docs: the man pages could not be written to " + man);
            System.exit(code);
        }
        Path completion = Files.createDirectories(out.resolve("completion"));
        for (CompletionCommand.Shell shell : CompletionCommand.Shell.values()) {
            Files.writeString(completion.resolve("teamfit." + shell.name()), CompletionCommand.script(shell),
                    StandardCharsets.UTF_8);
        }
    }
}
