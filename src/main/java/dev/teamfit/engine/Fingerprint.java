package dev.teamfit.engine;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A fingerprint of trusted content (rule files, a catalog), telling whether compiled rules were made
 * from it: CRC-32C, CRC-32 and Adler-32 of the bytes, and their count. Not a cryptographic hash, and
 * it need not be one: a rules folder is code its user runs anyway, so nobody gains by forging a
 * match. The JDK computes these natively; SHA-256 cost a start-up with custom rules about 15 ms (its
 * provider set-up, and its rounds run by the interpreter).
 */
final class Fingerprint {

    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private final Adler32 adler32 = new Adler32();
    private long length;

    Fingerprint add(byte[] bytes) {
        crc32c.update(bytes);
        crc32.update(bytes);
        adler32.update(bytes);
        length += bytes.length;
        return this;
    }

    Fingerprint add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds one byte: a separator, so that "ab" + "c" and "a" + "bc" differ. */
    Fingerprint separator(int b) {
        crc32c.update(b);
        crc32.update(b);
        adler32.update(b);
        length++;
        return this;
    }

    /** 32 hex digits. */
    String hex() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) crc32c.getValue()) + hex.toHexDigits((int) crc32.getValue())
                + hex.toHexDigits((int) adler32.getValue()) + hex.toHexDigits((int) length);
    }
}
