/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Timers of the speaker that RFC 4271 leaves to the implementation: the ConnectRetry timer (section 8, here an
 * exponential backoff between a minimum and a maximum, reset once a session is established), the hold time
 * used while waiting for the peer's OPEN (section 8.2.2, "a large value": 4 minutes) and the TCP connect timeout.
 *
 * @param connectRetryMin first retry delay
 * @param connectRetryMax largest retry delay
 * @param openHoldTime hold time in OpenSent
 * @param connectTimeout TCP connect timeout
 */
public record ReconnectPolicy(@NonNull Duration connectRetryMin, @NonNull Duration connectRetryMax,
        @NonNull Duration openHoldTime, @NonNull Duration connectTimeout) {
    /** 1 second doubling up to 120 seconds (RFC 4271 section 10 suggests 120), 240 s open hold, 10 s connect. */
    public static final @NonNull ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofSeconds(1),
        Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofSeconds(10));

    /**
     * Checks the values.
     *
     * @param connectRetryMin first delay
     * @param connectRetryMax largest delay
     * @param openHoldTime open hold time
     * @param connectTimeout connect timeout
     */
    public ReconnectPolicy {
        requireNonNull(connectRetryMin);
        requireNonNull(connectRetryMax);
        requireNonNull(openHoldTime);
        requireNonNull(connectTimeout);
        if (connectRetryMin.isNegative() || connectRetryMax.compareTo(connectRetryMin) < 0) {
            throw new IllegalArgumentException("connect retry range " + connectRetryMin + ".." + connectRetryMax);
        }
    }

    /**
     * The delay before the next attempt.
     *
     * @param failures consecutive failed attempts so far
     * @return the delay in milliseconds
     */
    public long retryDelayMillis(final int failures) {
        final long min = Math.max(1, connectRetryMin.toMillis());
        final long delay = min << Math.min(failures, 20);
        return Math.min(delay, connectRetryMax.toMillis());
    }
}
