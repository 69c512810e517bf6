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
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }
    }

    /**
     * Stderr that shows control characters as escapes ({@code \u001B}), line breaks and tabs excepted:
     * a message may quote a command-line argument or a file name, and neither may drive the terminal.
     * {@link #raw()} is for the progress line, which redraws itself with a carriage return.
     */
    static final class Stderr extends PrintWriter {
        private final PrintWriter raw;

        private Stderr(PrintWriter raw) {
            super(new Printable(raw));
            this.raw = raw;
        }

        static Stderr of(OutputStream err) {
            return new Stderr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        }

        PrintWriter raw() {
            flush();
            return raw;
        }
    }

    /** Rewrites control characters but {@code \n} and {@code \t} as {@code \\uXXXX}. */
    private static final class Printable extends Writer {
        private final Writer out;

        Printable(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                char c = buffer[i];
                if (c != '\n' && c != '\t' && Text.isControl(c)) {
                    out.write(buffer, start, i - start);
                    out.write(Text.printable(String.valueOf(c)));
                    start = i + 1;
                }
            }
            out.write(buffer, start, off + len - start);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
