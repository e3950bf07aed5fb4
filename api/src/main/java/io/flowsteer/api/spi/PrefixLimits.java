/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

/**
 * How many routes a peer may send and what happens when it sends more (the {@code bgp/max-prefixes} container of
 * flowsteer-devices). A close sends NOTIFICATION Cease / Maximum Number of Prefixes Reached, RFC 4486 section 4.
 *
 * @param flowspec most FSv1 and FSv2 routes held from the peer, at least 1
 * @param unicast most unicast routes held from the peer, at least 1
 * @param close true to close the session and restart it, false to warn only
 * @param restartAfterSeconds delay before the session is tried again after a close, 1..86400
 */
public record PrefixLimits(long flowspec, long unicast, boolean close, int restartAfterSeconds) {
    /** The YANG defaults: 10,000 flowspec and 1,000,000 unicast routes, close and restart after 60 s. */
    public static final PrefixLimits DEFAULT = new PrefixLimits(10_000, 1_000_000, true, 60);

    /**
     * Checks the ranges.
     *
     * @param flowspec flowspec limit
     * @param unicast unicast limit
     * @param close close or warn
     * @param restartAfterSeconds restart delay
     */
    public PrefixLimits {
        if (flowspec < 1 || unicast < 1 || flowspec > 0xFFFF_FFFFL || unicast > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("prefix limits must be 1..4294967295");
        }
        if (restartAfterSeconds < 1 || restartAfterSeconds > 86_400) {
            throw new IllegalArgumentException("restart-after " + restartAfterSeconds + " s is outside 1..86400");
        }
    }
}
