/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Failed RESTCONF logins per client address: after {@code limit} failures within {@code window}, the address is
 * locked out for {@code lockout}; a successful login forgets its failures. Thread-safe; holds at most
 * {@value #MAX_ADDRESSES} addresses, dropping those whose window and lockout have passed when it is full.
 */
final class FailedLogins {
    /** How many addresses are tracked at most; beyond, the oldest forgotten ones make room. */
    static final int MAX_ADDRESSES = 10_000;

    private record Entry(int failures, long firstFailure, long lockedUntil) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int limit;
    private final long window;
    private final long lockout;
    private final LongSupplier clock;

    /**
     * The tracker.
     *
     * @param limit failures that lock an address out
     * @param window within how long they must happen
     * @param lockout how long an address stays locked out
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    FailedLogins(final int limit, final Duration window, final Duration lockout, final LongSupplier clock) {
        this.limit = limit;
        this.window = window.toNanos();
        this.lockout = lockout.toNanos();
        this.clock = clock;
    }

    /**
     * How much longer an address is locked out.
     *
     * @param address the client's address
     * @return the time left, zero when it may log in
     */
    Duration lockedFor(final String address) {
        final @Nullable Entry entry = entries.get(address);
        if (entry == null) {
            return Duration.ZERO;
        }
        final long left = entry.lockedUntil() - clock.getAsLong();
        return entry.lockedUntil() != 0 && left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /**
     * Counts a failed login.
     *
     * @param address the client's address
     * @return true when this failure locked the address out
     */
    boolean failed(final String address) {
        final long now = clock.getAsLong();
        if (entries.size() >= MAX_ADDRESSES) {
            entries.values().removeIf(e -> !live(e, now));
        }
        final Entry entry = entries.compute(address, (key, old) -> next(old, now));
        return entry.lockedUntil() == now + lockout;
    }

    private Entry next(final @Nullable Entry old, final long now) {
        if (old != null && locked(old, now)) {
            return old;
        }
        final boolean fresh = old == null || old.lockedUntil() != 0 || now - old.firstFailure() > window;
        final int failures = fresh ? 1 : old.failures() + 1;
        final long first = fresh ? now : old.firstFailure();
        return new Entry(failures, first, failures >= limit ? now + lockout : 0);
    }

    /**
     * Forgets an address's failures after a successful login.
     *
     * @param address the client's address
     */
    void succeeded(final String address) {
        entries.remove(address);
    }

    /**
     * How many addresses are tracked now.
     *
     * @return the count
     */
    int tracked() {
        return entries.size();
    }

    private boolean live(final Entry entry, final long now) {
        return locked(entry, now) || now - entry.firstFailure() <= window;
    }

    private static boolean locked(final Entry entry, final long now) {
        return entry.lockedUntil() != 0 && entry.lockedUntil() - now > 0;
    }
}
