/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

/**
 * The Generalized TTL Security Mechanism of a BGP session (RFC 5082 section 3): the session's segments are sent
 * with TTL (IPv6: hop limit) {@value #SEND_TTL}, and only segments whose TTL is at least {@link #minimumTtl()}
 * on arrival are accepted, so that a peer may be at most {@code hops} hops away. An immutable value.
 *
 * @param hops how many hops away the peer may be, 1 (directly connected) to {@value #MAX_HOPS}
 */
public record TtlSecurity(int hops) {
    /** The TTL every segment of the session is sent with (RFC 5082 section 3, item 1). */
    public static final int SEND_TTL = 255;
    /** The most hops a peer may be away: at 255 the minimum TTL would be 1, which filters nothing. */
    public static final int MAX_HOPS = 254;

    /**
     * Checks the range.
     *
     * @param hops how many hops away the peer may be
     */
    public TtlSecurity {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("GTSM hops must be 1 to " + MAX_HOPS + ", not " + hops);
        }
    }

    /**
     * The lowest TTL a segment of the session may arrive with (RFC 5082 section 3, item 3: 255 minus the hops
     * the peer may be away, plus one for the last hop's decrement).
     *
     * @return {@code 256 - hops}, 2 to 255
     */
    public int minimumTtl() {
        return SEND_TTL + 1 - hops;
    }
}
