/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import java.time.Duration;

/**
 * Timing of the NETCONF southbound.
 *
 * @param connectTimeout SSH connect plus hello exchange
 * @param rpcTimeout wait for one rpc-reply
 * @param minBackoff first retry delay after a failure
 * @param maxBackoff longest retry delay; the delay doubles per consecutive failure up to this
 * @param confirmTimeout confirm-timeout of a confirmed commit (RFC 6241 section 8.4.5.1), whole seconds, at least 1:
 *     the router rolls the push back unless Flowsteer confirms it within this time after a matching read-back
 */
public record NetconfSettings(Duration connectTimeout, Duration rpcTimeout, Duration minBackoff,
        Duration maxBackoff, Duration confirmTimeout) {
    /** Defaults: 10 s connect, 30 s rpc, retries from 1 s doubling up to 60 s, 120 s confirm-timeout. */
    public static final NetconfSettings DEFAULT = new NetconfSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(1), Duration.ofSeconds(60));

    /**
     * Checks the durations are positive and ordered.
     */
    public NetconfSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || rpcTimeout.isNegative() || rpcTimeout.isZero()
                || minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0) {
            throw new IllegalArgumentException("timeouts must be positive and maxBackoff >= minBackoff");
        }
        if (confirmTimeout.getSeconds() < 1) {
            throw new IllegalArgumentException("confirmTimeout must be at least one second");
        }
    }

    /**
     * Settings with the default confirm-timeout of 120 s.
     *
     * @param connectTimeout SSH connect plus hello exchange
     * @param rpcTimeout wait for one rpc-reply
     * @param minBackoff first retry delay after a failure
     * @param maxBackoff longest retry delay
     */
    public NetconfSettings(final Duration connectTimeout, final Duration rpcTimeout, final Duration minBackoff,
            final Duration maxBackoff) {
        this(connectTimeout, rpcTimeout, minBackoff, maxBackoff, Duration.ofSeconds(120));
    }

    /**
     * Retry delay after {@code failures} consecutive failures.
     *
     * @param failures consecutive failures, at least 1
     * @return the delay
     */
    public Duration backoff(final int failures) {
        final int shift = Math.min(Math.max(failures - 1, 0), 20);
        final Duration delay = minBackoff.multipliedBy(1L << shift);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
