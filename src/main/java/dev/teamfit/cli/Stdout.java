package dev.teamfit.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as UTF-8 text that a streaming command may also write bytes to directly (after
 * flushing the text): a portfolio renders its JSON as UTF-8 bytes on the threads that assess, and
 * decoding them into characters only to encode them again cost a tenth of a run's CPU.
 */
public final class Stdout extends PrintWriter {

    private final OutputStream bytes;

    public Stdout(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        this.bytes = bytes;
    }

    /** The byte stream under the text; flush this writer before writing to it. */
    OutputStream bytes() {
        return bytes;
    }
}
