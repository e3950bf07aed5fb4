/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

/**
 * How the speaker restarts gracefully (RFC 4724 section 4.1, the Restarting Speaker). When enabled, every OPEN
 * carries the graceful restart capability with the Forwarding State bit set for each flowspec family the speaker
 * originates (section 3): the rules live in the datastore, so a restarted controller sends them again. A router in
 * helper mode then keeps the speaker's routes, marked stale, for {@code restartTime} seconds after the session
 * drops, and removes only those not sent again before End-of-RIB. When disabled, the capability still says the
 * speaker understands End-of-RIB, with no family: a router withdraws every route when the session drops.
 *
 * <p>With a long-lived stale time, the OPEN also carries the Long-Lived Graceful Restart capability (RFC 9494
 * section 3) for the same families: a router that supports it keeps the routes, marked LLGR_STALE, for that much
 * longer once the restart time has run out (section 4.2), so that the rules outlive a controller that stays away
 * longer than a failover.
 *
 * @param enabled whether the speaker asks routers to keep its routes across a restart
 * @param restartTime seconds a router keeps them waiting for the speaker, 1 to 4095 (12 bits)
 * @param longLivedStaleTime seconds a router supporting RFC 9494 keeps them after that, 0 (no long-lived graceful
 *     restart) to 16,777,215 (24 bits); only offered when {@code enabled}
 */
public record GracefulRestartConfig(boolean enabled, int restartTime, int longLivedStaleTime) {
    /** Enabled, with a restart time of 120 s and a long-lived stale time of one hour. */
    public static final GracefulRestartConfig DEFAULT = new GracefulRestartConfig(true, 120, 3600);

    /** The most the 12-bit Restart Time field holds. */
    public static final int MAX_RESTART_TIME = 4095;
    /** The most the 24-bit Long-lived Stale Time field holds (RFC 9494 section 3). */
    public static final int MAX_LONG_LIVED_STALE_TIME = 0xffffff;

    /**
     * Checks the times.
     *
     * @param enabled whether enabled
     * @param restartTime seconds
     * @param longLivedStaleTime seconds, 0 for none
     */
    public GracefulRestartConfig {
        if (restartTime < 1 || restartTime > MAX_RESTART_TIME) {
            throw new IllegalArgumentException("a restart time is 1 to " + MAX_RESTART_TIME + " s, not "
                + restartTime);
        }
        if (longLivedStaleTime < 0 || longLivedStaleTime > MAX_LONG_LIVED_STALE_TIME) {
            throw new IllegalArgumentException("a long-lived stale time is 0 to " + MAX_LONG_LIVED_STALE_TIME
                + " s, not " + longLivedStaleTime);
        }
    }

    /**
     * Graceful restart without its long-lived extension.
     *
     * @param enabled whether enabled
     * @param restartTime seconds
     */
    public GracefulRestartConfig(final boolean enabled, final int restartTime) {
        this(enabled, restartTime, 0);
    }

    /**
     * Whether the OPEN offers long-lived graceful restart.
     *
     * @return true when enabled with a long-lived stale time
     */
    public boolean longLived() {
        return enabled && longLivedStaleTime > 0;
    }
}
