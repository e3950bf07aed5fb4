/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An immutable octet string, used for values Flowsteer carries without interpreting them (for example FSv2 filter
 * component TLVs of unknown types, draft-ietf-idr-fsv2-ip-basic section 3.1.2).
 */
public final class Octets {
    private final byte[] bytes;

    private Octets(final byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Copies the given octets.
     *
     * @param bytes the octets
     * @return the immutable copy
     */
    public static @NonNull Octets copyOf(final byte @NonNull [] bytes) {
        return new Octets(bytes.clone());
    }

    /**
     * A fresh copy of the octets.
     *
     * @return the octets
     */
    public byte @NonNull [] toByteArray() {
        return bytes.clone();
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
     * One octet.
     *
     * @param index position
     * @return the octet as 0-255
     */
    public int get(final int index) {
        return bytes[index] & 0xff;
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
        return HexFormat.of().formatHex(bytes);
    }
}
