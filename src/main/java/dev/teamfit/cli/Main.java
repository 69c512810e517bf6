package dev.teamfit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code teamfit} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getenv("PRE") != null) { Thread t = new Thread(() -> { try { var b = dev.teamfit.engine.RuleBase.bundled(); if (System.getenv("PRE").equals("2")) { String j = "{\"id\":\"w\",\"name\":\"w\",\"problem\":{\"kind\":\"classification\"},\"deployment\":{\"mode\":\"online\",\"retraining\":\"continuous\",\"monitoring\":true},\"team\":[{\"name\":\"a\",\"roles\":[\"data-scientist\"],\"skills\":{\"python\":\"expert\"}}]}"; var l = new dev.teamfit.input.ProjectReader(b.catalog(), 100000).read("w.json", j.getBytes(), dev.teamfit.input.TreeReader.Syntax.JSON); b.assess(l.project(), l.warnings()); } } catch (Exception e) {} }); t.setDaemon(true); t.start(); }
        Progress.terminal = Progress.stderrIsTerminal();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(Cli.run(args, out, err));
    }
}
