/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The ConnectRetry timer of one peer (RFC 4271 sections 8 and 10) with its {@link ReconnectBackoff}: it never
 * schedules an attempt straight away, and it knows when the next attempt is, for the status. Runs on the peer's
 * event loop.
 */
final class ConnectRetryTimer {
    private final EventLoop loop;
    private final Clock clock;
    private final ReconnectBackoff backoff;
    private @Nullable ScheduledFuture<?> timer;
    private @Nullable Instant nextAttempt;
    private boolean probeNext;

    /**
     * A timer whose jitter comes from the thread's random numbers.
     *
     * @param loop the peer's event loop
     * @param clock the clock the status shows the next attempt by
     * @param policy the timers
     */
    ConnectRetryTimer(final @NonNull EventLoop loop, final @NonNull Clock clock,
            final @NonNull ReconnectPolicy policy) {
        this.loop = loop;
        this.clock = clock;
        backoff = new ReconnectBackoff(policy, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Whether the next attempt follows a reset of the search for refused routes: it waits the minimum delay, not
     * counted as a failure.
     *
     * @param probe true after such a reset
     */
    void probeNext(final boolean probe) {
        probeNext = probe;
    }

    /**
     * Schedules the next attempt after the backoff's delay.
     *
     * @param attempt what to run then
     */
    void schedule(final @NonNull Runnable attempt) {
        scheduleAfter(attempt, probeNext ? backoff.probe() : backoff.next(clock.instant()));
    }

    /**
     * Schedules the next attempt after a fixed delay, such as the restart-after of a session closed for its prefix
     * limits (RFC 4486 section 4), instead of the backoff's.
     *
     * @param attempt what to run
     * @param delay when
     */
    void scheduleAfter(final @NonNull Runnable attempt, final @NonNull Duration delay) {
        cancel();
        probeNext = false;
        nextAttempt = clock.instant().plus(delay);
        timer = loop.schedule(attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the timer: an attempt runs now, or none is wanted.
     */
    void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        nextAttempt = null;
    }

    /**
     * A session was established.
     */
    void established() {
        backoff.established(clock.instant());
    }

    /**
     * When the next attempt is.
     *
     * @return the time, or null when none is scheduled
     */
    @Nullable Instant nextAttempt() {
        return nextAttempt;
    }

    /**
     * Consecutive failures so far.
     *
     * @return the count
     */
    int failures() {
        return backoff.failures();
    }
}
