/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Address family of a flowspec NLRI (RFC 4760 section 3; RFC 8955 section 4 for IPv4, RFC 8956 section 3 for IPv6).
 */
public enum Afi {
    /** IPv4, AFI 1. */
    IPV4(1, 32),
    /** IPv6, AFI 2. */
    IPV6(2, 128);

    private final int code;
    private final int addressBits;

    Afi(final int code, final int addressBits) {
        this.code = code;
        this.addressBits = addressBits;
    }

    /**
     * The IANA AFI code point.
     *
     * @return the code point
     */
    public int code() {
        return code;
    }

    /**
     * Width of an address of this family.
     *
     * @return 32 or 128
     */
    public int addressBits() {
        return addressBits;
    }

    /**
     * Looks up an AFI code point.
     *
     * @param code the code point
     * @return the family, or null if Flowsteer does not know it
     */
    public static @Nullable Afi forCode(final int code) {
        return switch (code) {
            case 1 -> IPV4;
            case 2 -> IPV6;
            default -> null;
        };
    }
}
