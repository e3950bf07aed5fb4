/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FailedLogins logins = new FailedLogins(5, Duration.ofSeconds(60), Duration.ofSeconds(300),
        now::get);

    private void advance(final Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void theFifthFailureWithinTheWindowLocksTheAddressOutForTheLockout() {
        for (int i = 0; i < 4; i++) {
            assertFalse(logins.failed("192.0.2.1"));
            advance(Duration.ofSeconds(10));
        }
        assertEquals(Duration.ZERO, logins.lockedFor("192.0.2.1"));
        assertTrue(logins.failed("192.0.2.1"), "the fifth failure locks");
        assertEquals(Duration.ofSeconds(300), logins.lockedFor("192.0.2.1"));
        assertEquals(Duration.ZERO, logins.lockedFor("192.0.2.2"), "only that address");
        advance(Duration.ofSeconds(299));
        assertEquals(Duration.ofSeconds(1), logins.lockedFor("192.0.2.1"));
        advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, logins.lockedFor("192.0.2.1"));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 20; i++) {
            assertFalse(logins.failed("192.0.2.1"), "failure " + i);
            advance(Duration.ofSeconds(16));
        }
        assertEquals(Duration.ZERO, logins.lockedFor("192.0.2.1"));
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            logins.failed("192.0.2.1");
        }
        logins.succeeded("192.0.2.1");
        for (int i = 0; i < 4; i++) {
            assertFalse(logins.failed("192.0.2.1"));
        }
        assertEquals(Duration.ZERO, logins.lockedFor("192.0.2.1"));
    }

    @Test
    void afterALockoutTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            logins.failed("192.0.2.1");
        }
        advance(Duration.ofSeconds(301));
        for (int i = 0; i < 4; i++) {
            assertFalse(logins.failed("192.0.2.1"), "failure " + i + " after the lockout");
        }
        assertTrue(logins.failed("192.0.2.1"));
    }

    @Test
    void aFullTableDropsOnlyAddressesWhoseWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            logins.failed("198.51.100.1");
        }
        for (int i = 1; i < FailedLogins.MAX_ADDRESSES; i++) {
            logins.failed("10.0." + i / 256 + "." + i % 256);
        }
        assertEquals(FailedLogins.MAX_ADDRESSES, logins.tracked());
        advance(Duration.ofSeconds(61));
        // the table is full: this failure drops those whose window has passed, but not the locked-out address
        assertFalse(logins.failed("203.0.113.1"));
        assertEquals(2, logins.tracked(), "the locked-out address and the new one");
        assertTrue(logins.lockedFor("198.51.100.1").compareTo(Duration.ZERO) > 0);
    }
}
