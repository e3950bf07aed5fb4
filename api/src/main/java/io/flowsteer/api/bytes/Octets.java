/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bytes;

import static java.util.Objects.requireNonNull;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An immutable run of octets, kept verbatim so that an element Flowsteer does not interpret is re-encoded byte for
 * byte: unknown extended communities (RFC 4360 section 2 and RFC 5701 section 2, propagated unchanged), wide
 * community TLVs, and FSv2 filter component TLVs of unknown types (draft-ietf-idr-fsv2-ip-basic section 3.1.2).
 */
public final class Octets {
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Octets(final byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Copies the given octets.
     *
     * @param bytes the octets to copy
     * @return an immutable copy
     */
    public static @NonNull Octets copyOf(final byte @NonNull [] bytes) {
        return new Octets(requireNonNull(bytes).clone());
    }

    /**
     * Parses a hexadecimal string, for tests and configuration.
     *
     * @param hex an even number of hexadecimal digits, spaces allowed
     * @return the octets
     */
    public static @NonNull Octets fromHex(final @NonNull String hex) {
        return new Octets(HEX.parseHex(hex.replace(" ", "")));
    }

    /**
     * Reads octets from a buffer.
     *
     * @param in the buffer, advanced by {@code length}
     * @param length how many octets to read; the caller has checked that they are readable
     * @return the octets read
     */
    public static @NonNull Octets read(final @NonNull ByteBuf in, final int length) {
        final byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return new Octets(bytes);
    }

    /**
     * Writes the octets to a buffer.
     *
     * @param out the buffer to write to
     */
    public void writeTo(final @NonNull ByteBuf out) {
        out.writeBytes(bytes);
    }

    /**
     * The number of octets.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    /**
     * One octet, unsigned.
     *
     * @param index the position, from 0
     * @return the octet value 0..255
     */
    public int get(final int index) {
        return bytes[index] & 0xff;
    }

    /**
     * A copy of the octets.
     *
     * @return a fresh array
     */
    public byte @NonNull [] toByteArray() {
        return bytes.clone();
    }

    /**
     * The octets as lower-case hexadecimal text, two digits an octet, as operational status shows encodings.
     *
     * @return the text
     */
    public @NonNull String hex() {
        return HEX.formatHex(bytes);
    }

    /**
     * These octets followed by others, as one run.
     *
     * @param next the octets that follow
     * @return the concatenation
     */
    public @NonNull Octets append(final @NonNull Octets next) {
        final byte[] out = new byte[bytes.length + next.bytes.length];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        System.arraycopy(next.bytes, 0, out, bytes.length, next.bytes.length);
        return new Octets(out);
    }

    @Override
    public boolean equals(final Object obj) {
        return this == obj || obj instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
