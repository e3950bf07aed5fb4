/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decides, one observation at a time, whether an AAA service needs its configuration listener restarted.
 *
 * <p>AAA 0.19.5 builds its password hash service only when its configuration listener is told the configuration
 * ({@code aaa-password-service-config}), and its encryption service likewise ({@code aaa-encrypt-service-config}).
 * The password listener ignores a notification that arrives before its own
 * registration call has returned (fixed upstream as AAA-281 in a release that never reached Maven Central), and on
 * a start with data kept the datastore can answer that fast; the encryption service has been seen missing after such
 * a start too. Then the service never appears, AAA's certificates, user store and Shiro never start, and RESTCONF
 * answers 401 to every request. Restarting the listener makes the datastore
 * notify it again; with the data already loaded the race is the same, so the watch retries a bounded number of
 * times.
 *
 * <p>A listener that was told its configuration builds the service within a fraction of a second, so the first
 * grace period is short: a missed notification costs the operator seconds of 401s, not half a minute. Each restart
 * doubles the grace period (up to {@code maxGrace}), so that a controller too loaded to build the service quickly is
 * given ever more time rather than restarted in a loop.
 *
 * <p>An immutable value: {@link #next} returns the action and the watch to use for the next observation.
 *
 * @param missingSince when the listener was first seen active without its service, or {@code null} when the
 *     service is present (or the listener is not active yet)
 * @param restarts how many restarts were asked for so far
 * @param grace how long the listener may be active without producing the service before the first restart
 * @param maxGrace the longest grace period, however many restarts came before
 * @param maxRestarts how many restarts to try before giving up
 */
record ConfiguredServiceWatch(@Nullable Instant missingSince, int restarts, Duration grace, Duration maxGrace,
        int maxRestarts) {
    /**
     * What to do after one observation.
     */
    enum Action {
        /** Nothing: the service is there, or the listener still has time. */
        WAIT,
        /** Restart the configuration listener. */
        RESTART_LISTENER,
        /** Restarts did not help: report the failed start, once. */
        GIVE_UP
    }

    /**
     * One decision.
     *
     * @param action what to do now
     * @param watch the watch for the next observation
     */
    record Step(Action action, ConfiguredServiceWatch watch) {
        Step {
            requireNonNull(action);
            requireNonNull(watch);
        }
    }

    ConfiguredServiceWatch {
        requireNonNull(grace);
        requireNonNull(maxGrace);
        if (grace.isNegative() || maxRestarts < 0 || restarts < 0) {
            throw new IllegalArgumentException("grace, restarts and maxRestarts must not be negative");
        }
        if (maxGrace.compareTo(grace) < 0) {
            throw new IllegalArgumentException("maxGrace must not be shorter than grace");
        }
    }

    /**
     * A watch that has seen nothing yet.
     *
     * @param grace how long the listener may be active without producing the service before the first restart
     * @param maxGrace the longest grace period
     * @param maxRestarts how many restarts to try
     * @return the watch
     */
    static ConfiguredServiceWatch start(final Duration grace, final Duration maxGrace, final int maxRestarts) {
        return new ConfiguredServiceWatch(null, 0, grace, maxGrace, maxRestarts);
    }

    /**
     * This watch's settings with nothing seen yet: for a service that came back, so that a later loss starts over
     * from the short grace period.
     *
     * @return the fresh watch
     */
    ConfiguredServiceWatch fresh() {
        return start(grace, maxGrace, maxRestarts);
    }

    /**
     * The grace period that runs now: {@code grace} doubled once for each restart so far, at most {@code maxGrace}.
     *
     * @return the grace period
     */
    Duration currentGrace() {
        Duration current = grace;
        for (int i = 0; i < restarts && current.compareTo(maxGrace) < 0; i++) {
            current = current.multipliedBy(2);
        }
        return current.compareTo(maxGrace) < 0 ? current : maxGrace;
    }

    /**
     * Takes one observation.
     *
     * @param listenerActive whether AAA's configuration listener component is active
     * @param servicePresent whether the service the listener builds is registered
     * @param now when the observation was made
     * @return what to do and the next watch
     */
    Step next(final boolean listenerActive, final boolean servicePresent, final Instant now) {
        if (servicePresent || !listenerActive) {
            // present, or AAA is not (yet) started: nothing to judge; a later disappearance starts a new grace period
            return new Step(Action.WAIT, new ConfiguredServiceWatch(null, restarts, grace, maxGrace, maxRestarts));
        }
        final Instant since = missingSince;
        if (since == null) {
            return new Step(Action.WAIT, new ConfiguredServiceWatch(now, restarts, grace, maxGrace, maxRestarts));
        }
        if (Duration.between(since, now).compareTo(currentGrace()) < 0) {
            return new Step(Action.WAIT, this);
        }
        if (restarts >= maxRestarts) {
            // GIVE_UP once: the watch then stays given up without reporting again
            return new Step(restarts == maxRestarts ? Action.GIVE_UP : Action.WAIT,
                new ConfiguredServiceWatch(since, maxRestarts + 1, grace, maxGrace, maxRestarts));
        }
        return new Step(Action.RESTART_LISTENER,
            new ConfiguredServiceWatch(now, restarts + 1, grace, maxGrace, maxRestarts));
    }

    /**
     * Whether this watch has given up.
     *
     * @return true after {@link Action#GIVE_UP} was returned
     */
    boolean gaveUp() {
        return restarts > maxRestarts;
    }
}
