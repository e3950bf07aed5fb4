/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one poll-until loop of the integration tests: read a value from the system under test, check it, sleep,
 * until the check holds or time runs out; then fail naming what was awaited and the last value read.
 */
public final class Eventually {
    /**
     * Reads a value from the system under test.
     *
     * @param <T> the value
     * @param <E> what reading it may throw
     */
    @FunctionalInterface
    public interface Probe<T, E extends Exception> {
        /**
         * Reads the value.
         *
         * @return the value
         * @throws E when it cannot be read
         */
        T get() throws E;
    }

    private Eventually() {
        // utility class
    }

    /**
     * Reads the value every {@code interval} until {@code done} accepts it.
     *
     * @param what what is awaited, for the failure message
     * @param timeout how long to wait at the most
     * @param interval how long to sleep between two reads
     * @param probe reads the value
     * @param done whether the value is the awaited one
     * @param <T> the value
     * @param <E> what reading it may throw
     * @return the first accepted value
     * @throws E when a read fails
     * @throws InterruptedException when interrupted while sleeping
     * @throws AssertionError when no accepted value is read within the timeout
     */
    public static <T, E extends Exception> T await(final String what, final Duration timeout,
            final Duration interval, final Probe<T, E> probe, final Predicate<? super T> done)
            throws E, InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not reached within " + timeout + "; last: " + value);
            }
            Thread.sleep(interval.toMillis());
            value = probe.get();
        }
        return value;
    }

    /**
     * Checks a condition every {@code interval} until it holds.
     *
     * @param what what is awaited, for the failure message
     * @param timeout how long to wait at the most
     * @param interval how long to sleep between two checks
     * @param condition the condition
     * @param <E> what checking it may throw
     * @throws E when a check fails
     * @throws InterruptedException when interrupted while sleeping
     * @throws AssertionError when the condition does not hold within the timeout
     */
    public static <E extends Exception> void await(final String what, final Duration timeout,
            final Duration interval, final Probe<Boolean, E> condition) throws E, InterruptedException {
        await(what, timeout, interval, condition, Boolean::booleanValue);
    }
}
