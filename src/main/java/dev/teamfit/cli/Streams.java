package dev.teamfit.cli;

import dev.teamfit.model.Text;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process's own stdout and stderr, as {@link Main} gives them to the command line. A
 * {@link PrintWriter} swallows write errors; these remember them, so that a result that could not be
 * written (a full disk, a closed pipe, {@code >&-}) is an error, not a silent exit 0.
 */
final class Streams {

    private Streams() {
    }

    /** Stdout that remembers why writing failed, and whether the failure has been reported. */
    static final class Stdout extends PrintWriter {
        private final Recording bytes;
        private volatile boolean reported;

        private Stdout(Recording bytes) {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16));
            this.bytes = bytes;
        }

        static Stdout of(OutputStream out) {
            return new Stdout(new Recording(out));
        }

        /** The first write error, or null; set once the buffered text reaches the stream and fails there. */
        IOException failure() {
            return bytes.failure;
        }

        boolean reported() {
            return reported;
        }

        void markReported() {
            reported = true;
        }

        /**
         * Stdout beneath this writer, which throws a write error where this one would swallow it: a closed
         * pipe ({@code | head}) stops the run rather than letting it go on for nothing.
         */
        Writer unforgiving() {
            return out;
        }
    }

    /** Passes bytes on, remembering the first exception writing them raised. */
    private static final class Recording extends FilterOutputStream {
        volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * Stderr that shows control characters as escapes ({@code \u001B}), line breaks and tabs excepted:
     * a message may quote a command-line argument or a file name, and neither may drive the terminal.
     * {@link #raw()} is for the progress line, which redraws itself with a carriage return.
     */
    static final class Stderr extends PrintWriter {
        private static final Pattern BETWEEN_BREAKS = Pattern.compile("[^\n\t]+");

        private Stderr(PrintWriter raw) {
            super(raw);
        }

        static Stderr of(OutputStream err) {
            return new Stderr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        }

        PrintWriter raw() {
            flush();
            return (PrintWriter) out;
        }

        @Override
        public void write(String text, int off, int len) {
            String printable = BETWEEN_BREAKS.matcher(text.substring(off, off + len))
                    .replaceAll(run -> Matcher.quoteReplacement(Text.printable(run.group())));
            super.write(printable, 0, printable.length());
        }

        @Override
        public void write(char[] buffer, int off, int len) {
            write(new String(buffer, off, len), 0, len);
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c), 0, 1);
        }
    }
}
