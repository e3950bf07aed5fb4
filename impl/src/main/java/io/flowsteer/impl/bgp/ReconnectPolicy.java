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
 * exponential backoff between a minimum and a maximum, with the jitter of section 10: the delay times a random
 * factor between 0.75 and 1), the hold time used while waiting for the peer's OPEN (section 8.2.2, "a large
 * value": 4 minutes), the TCP connect timeout, how long a session must stay Established before its end no longer
 * counts as one more failure (so a peer that resets every session right after it is established backs off like
 * one that refuses connections), and how long a session must survive routes sent to it before they count as
 * accepted while Flowsteer looks for a route the peer refuses.
 *
 * @param connectRetryMin first retry delay
 * @param connectRetryMax largest retry delay
 * @param openHoldTime hold time in OpenSent
 * @param connectTimeout TCP connect timeout
 * @param stableAfter how long an Established session must last for the backoff to start again from the minimum
 * @param acceptedAfter how long a session must survive routes sent to it for them to count as accepted
 */
public record ReconnectPolicy(@NonNull Duration connectRetryMin, @NonNull Duration connectRetryMax,
        @NonNull Duration openHoldTime, @NonNull Duration connectTimeout, @NonNull Duration stableAfter,
        @NonNull Duration acceptedAfter) {
    private static final Duration DEFAULT_STABLE_AFTER = Duration.ofSeconds(60);
    private static final Duration DEFAULT_ACCEPTED_AFTER = Duration.ofSeconds(2);

    /**
     * 1 second doubling up to 120 seconds (RFC 4271 section 10 suggests 120), 240 s open hold, 10 s connect,
     * stable after 60 s Established, routes accepted after surviving 2 s.
     */
    public static final @NonNull ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofSeconds(1),
        Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofSeconds(10), DEFAULT_STABLE_AFTER,
        DEFAULT_ACCEPTED_AFTER);

    /** The lower bound of the jitter factor, RFC 4271 section 10. */
    private static final double JITTER_FLOOR = 0.75;
    /** The largest doubling: 2^20 times the minimum is far beyond any sensible maximum. */
    private static final int MAX_DOUBLINGS = 20;

    /**
     * Checks the values.
     *
     * @param connectRetryMin first delay
     * @param connectRetryMax largest delay
     * @param openHoldTime open hold time
     * @param connectTimeout connect timeout
     * @param stableAfter when a session counts as stable
     * @param acceptedAfter when routes sent count as accepted
     */
    public ReconnectPolicy {
        requireNonNull(connectRetryMin);
        requireNonNull(connectRetryMax);
        requireNonNull(openHoldTime);
        requireNonNull(connectTimeout);
        requireNonNull(stableAfter);
        requireNonNull(acceptedAfter);
        if (connectRetryMin.isNegative() || connectRetryMax.compareTo(connectRetryMin) < 0) {
            throw new IllegalArgumentException("connect retry range " + connectRetryMin + ".." + connectRetryMax);
        }
        if (stableAfter.isNegative() || acceptedAfter.isNegative()) {
            throw new IllegalArgumentException("negative stable or accepted time");
        }
    }

    /**
     * The timers, a session counting as stable after 60 s and routes as accepted after surviving 2 s.
     *
     * @param connectRetryMin first delay
     * @param connectRetryMax largest delay
     * @param openHoldTime open hold time
     * @param connectTimeout connect timeout
     */
    public ReconnectPolicy(final @NonNull Duration connectRetryMin, final @NonNull Duration connectRetryMax,
            final @NonNull Duration openHoldTime, final @NonNull Duration connectTimeout) {
        this(connectRetryMin, connectRetryMax, openHoldTime, connectTimeout, DEFAULT_STABLE_AFTER,
            DEFAULT_ACCEPTED_AFTER);
    }

    /**
     * The delay before the next attempt, without jitter.
     *
     * @param failures consecutive failed attempts so far
     * @return the delay in milliseconds
     */
    public long retryDelayMillis(final int failures) {
        final long min = Math.max(1, connectRetryMin.toMillis());
        final long delay = min << Math.min(Math.max(failures, 0), MAX_DOUBLINGS);
        return Math.min(delay, connectRetryMax.toMillis());
    }

    /**
     * The delay before the next attempt with jitter (RFC 4271 section 10): the delay times a factor uniformly
     * distributed between 0.75 and 1, never below 1 ms.
     *
     * @param failures consecutive failed attempts so far
     * @param random a random number in [0, 1)
     * @return the delay in milliseconds
     */
    public long retryDelayMillis(final int failures, final double random) {
        final double factor = JITTER_FLOOR + (1 - JITTER_FLOOR) * Math.min(Math.max(random, 0), 1);
        return Math.max(1, Math.round(retryDelayMillis(failures) * factor));
    }
}
