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
 * @param enabled whether the speaker asks routers to keep its routes across a restart
 * @param restartTime seconds a router keeps them waiting for the speaker, 1 to 4095 (12 bits)
 */
public record GracefulRestartConfig(boolean enabled, int restartTime) {
    /** Enabled, with a restart time of 120 s. */
    public static final GracefulRestartConfig DEFAULT = new GracefulRestartConfig(true, 120);

    /** The most the 12-bit Restart Time field holds. */
    public static final int MAX_RESTART_TIME = 4095;

    /**
     * Checks the restart time.
     *
     * @param enabled whether enabled
     * @param restartTime seconds
     */
    public GracefulRestartConfig {
        if (restartTime < 1 || restartTime > MAX_RESTART_TIME) {
            throw new IllegalArgumentException("a restart time is 1 to " + MAX_RESTART_TIME + " s, not "
                + restartTime);
        }
    }
}
