package dev.teamfit.portfolio;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A private temporary file (mode 0600 in {@code java.io.tmpdir}) that holds what a run would
 * otherwise keep in memory until its end: a portfolio's inputs between its two passes, the part of a
 * report that comes after the summary. On POSIX systems it is removed from its folder as soon as it
 * is open, so nothing is left behind however the process ends (elsewhere it goes on {@link #close}
 * or at exit, see {@link TempFiles}); its data lives until {@link #close}. Written from one thread,
 * then read back from the start, as often as needed.
 */
public final class Spool implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private Writer writer;
    private long size;

    /**
     * A temporary file could not be made, written or read (a full disk): not the result's fault, nor
     * the inputs'. Unchecked, so that it passes through writers and the portfolio run untouched.
     */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super("cannot use a temporary file in " + System.getProperty("java.io.tmpdir") + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                    + ". Free some space there, or choose another folder (TEAMFIT_JAVA_OPTS=-Djava.io.tmpdir=DIR)", cause);
        }
    }

    private Spool(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        this.out = new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                try {
                    while (buffer.hasRemaining()) {
                        size += Spool.this.channel.write(buffer, size);
                    }
                } catch (IOException e) {
                    throw new Failure(e);
                }
            }
        }, BUFFER);
    }

    /** A new, empty spool. */
    public static Spool create() {
        try {
            Path file = Files.createTempFile("teamfit-", ".spool");
            TempFiles.register(file);
            try {
                // DELETE_ON_CLOSE unlinks the file at once on POSIX systems: the open channel keeps the data.
                return new Spool(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException | RuntimeException e) {
                TempFiles.delete(file);
                throw e;
            }
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    /** The bytes written go here. */
    public OutputStream output() {
        return out;
    }

    /** Text, as UTF-8, goes here (not mixed with {@link #output}). */
    public Writer writer() {
        if (writer == null) {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }
        return writer;
    }

    /** Whether nothing was written. */
    public boolean isEmpty() {
        flush();
        return size == 0;
    }

    /** Everything written so far, from the start; each call reads on its own. */
    public InputStream input() {
        flush();
        long end = size;
        return new BufferedInputStream(new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= end) {
                    return -1;
                }
                try {
                    int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
                    if (n > 0) {
                        position += n;
                    }
                    return n;
                } catch (IOException e) {
                    throw new Failure(e);
                }
            }
        }, BUFFER);
    }

    /** Copies the text written so far to {@code target}. */
    public void copyTo(Writer target) throws IOException {
        try (Reader in = new InputStreamReader(input(), StandardCharsets.UTF_8)) {
            in.transferTo(target);
        }
    }

    /** Hands each line of the text written so far to {@code line}. */
    public void eachLine(java.util.function.Consumer<String> line) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(input(), StandardCharsets.UTF_8))) {
            try {
                in.lines().forEach(line);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private void flush() {
        try {
            if (writer != null) {
                writer.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing only frees the descriptor.
        }
        TempFiles.delete(file);
    }
}
