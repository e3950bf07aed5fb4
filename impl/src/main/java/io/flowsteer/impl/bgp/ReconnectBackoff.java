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
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The ConnectRetry backoff of one peer (RFC 4271 sections 8 and 10): every failed connection and every session
 * that ends before it was stable doubles the delay before the next attempt, up to the policy's maximum, each delay
 * with jitter. Only a session that stayed Established for the policy's {@code stableAfter} starts the count again,
 * so a peer that accepts the session and resets it at once is never retried in a tight loop. No I/O and no clock
 * of its own: the caller says when things happen.
 */
final class ReconnectBackoff {
    /** The doublings stop counting here; the delay reached the maximum long before. */
    private static final int MAX_FAILURES = 30;

    private final ReconnectPolicy policy;
    private final DoubleSupplier random;
    private int failures;
    private @Nullable Instant establishedAt;

    /**
     * A backoff that has seen no failure yet.
     *
     * @param policy the timers
     * @param random numbers in [0, 1) for the jitter
     */
    ReconnectBackoff(final @NonNull ReconnectPolicy policy, final @NonNull DoubleSupplier random) {
        this.policy = requireNonNull(policy);
        this.random = requireNonNull(random);
    }

    /**
     * A session was established.
     *
     * @param now when
     */
    void established(final @NonNull Instant now) {
        establishedAt = requireNonNull(now);
    }

    /**
     * A connection attempt failed or a session ended: the delay before the next attempt. A session that lasted
     * {@code stableAfter} or longer ends with the count started again; any other end counts as one more failure.
     *
     * @param now when
     * @return the delay
     */
    @NonNull Duration next(final @NonNull Instant now) {
        final Instant since = establishedAt;
        establishedAt = null;
        if (since != null && Duration.between(since, now).compareTo(policy.stableAfter()) >= 0) {
            failures = 0;
        }
        final long delay = policy.retryDelayMillis(failures, random.getAsDouble());
        failures = Math.min(failures + 1, MAX_FAILURES);
        return Duration.ofMillis(delay);
    }

    /**
     * A retry that is part of finding a refused route: the minimum delay with jitter, not counted as a failure, as
     * the search ends after a bounded number of sessions.
     *
     * @return the delay
     */
    @NonNull Duration probe() {
        establishedAt = null;
        return Duration.ofMillis(policy.retryDelayMillis(0, random.getAsDouble()));
    }

    /**
     * Consecutive failures counted so far.
     *
     * @return the count
     */
    int failures() {
        return failures;
    }
}
