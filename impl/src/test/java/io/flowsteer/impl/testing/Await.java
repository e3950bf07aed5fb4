/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Waiting in tests for something another thread does (a BGP session, the engine, a datastore listener): the
 * condition is polled until it holds or the time is up, and then the test fails saying what it waited for.
 */
public final class Await {
    /** How long a test waits unless it says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 20;

    /**
     * A value read again on every poll; it may throw, which ends the wait with that exception.
     *
     * @param <T> what is read
     */
    @FunctionalInterface
    public interface Probe<T> {
        /**
         * Reads the current value.
         *
         * @return the value
         * @throws Exception if it cannot be read
         */
        T get() throws Exception;
    }

    private Await() {
        // static helpers only
    }

    /**
     * Waits up to {@link #DEFAULT_TIMEOUT} for the condition.
     *
     * @param condition what must become true
     * @throws InterruptedException if interrupted while waiting
     * @throws AssertionError if the condition is still false when the time is up
     */
    public static void await(final BooleanSupplier condition) throws InterruptedException {
        await("the condition", DEFAULT_TIMEOUT, condition);
    }

    /**
     * Waits up to the timeout for the condition.
     *
     * @param what what the test waits for, for the failure message
     * @param timeout how long to wait
     * @param condition what must become true
     * @throws InterruptedException if interrupted while waiting
     * @throws AssertionError if the condition is still false when the time is up
     */
    public static void await(final String what, final Duration timeout, final BooleanSupplier condition)
            throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Reads the probe until its value passes the test, for up to {@link #DEFAULT_TIMEOUT}.
     *
     * @param <T> what is read
     * @param probe reads the value
     * @param done the test the value must pass
     * @return the first value that passed
     * @throws Exception what the probe threw
     * @throws AssertionError if no value passed in time; the message shows the last one
     */
    public static <T> T await(final Probe<T> probe, final Predicate<? super T> done) throws Exception {
        return await(probe, done, DEFAULT_TIMEOUT);
    }

    /**
     * Reads the probe until its value passes the test, for up to the timeout.
     *
     * @param <T> what is read
     * @param probe reads the value
     * @param done the test the value must pass
     * @param timeout how long to wait
     * @return the first value that passed
     * @throws Exception what the probe threw
     * @throws AssertionError if no value passed in time; the message shows the last one
     */
    public static <T> T await(final Probe<T> probe, final Predicate<? super T> done, final Duration timeout)
            throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + timeout + ", last value " + value);
            }
            Thread.sleep(POLL_MILLIS);
            value = probe.get();
        }
        return value;
    }
}
