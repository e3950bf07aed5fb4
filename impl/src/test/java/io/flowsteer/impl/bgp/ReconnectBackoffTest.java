/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reconnect delay grows for a peer that resets every session, has jitter, a cap, and starts again only after
 * a stable session.
 */
class ReconnectBackoffTest {
    private static final ReconnectPolicy POLICY = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(120),
        Duration.ofSeconds(240), Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(3));
    private static final Instant START = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void aPeerThatResetsEverySessionAtOnceBacksOffExponentiallyUpToTheCap() {
        final ReconnectBackoff backoff = new ReconnectBackoff(POLICY, () -> 0.999_999);
        Instant now = START;
        final List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            backoff.established(now);
            now = now.plusSeconds(1);
            final Duration delay = backoff.next(now);
            delays.add(Math.round(delay.toMillis() / 1000.0));
            now = now.plus(delay);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L, 120L), delays);
    }

    @Test
    void jitterTakesAQuarterOffAtMost() {
        assertEquals(750, new ReconnectBackoff(POLICY, () -> 0).next(START).toMillis());
        assertEquals(875, new ReconnectBackoff(POLICY, () -> 0.5).next(START).toMillis());
        final ReconnectBackoff low = new ReconnectBackoff(POLICY, () -> 0);
        for (int i = 0; i < 30; i++) {
            low.next(START);
        }
        assertEquals(90_000, low.next(START).toMillis(), "the cap with the lowest jitter");
    }

    @Test
    void aStableSessionStartsTheCountAgain() {
        final ReconnectBackoff backoff = new ReconnectBackoff(POLICY, () -> 0.999_999);
        backoff.next(START);
        backoff.next(START);
        backoff.next(START);
        assertEquals(3, backoff.failures());
        backoff.established(START);
        assertEquals(1000, backoff.next(START.plusSeconds(60)).toMillis(), "stable: the minimum again");
        assertEquals(1, backoff.failures());
    }

    @Test
    void failedConnectionsCountEvenWithoutASession() {
        final ReconnectBackoff backoff = new ReconnectBackoff(POLICY, () -> 0.999_999);
        assertEquals(1000, backoff.next(START).toMillis());
        assertEquals(2000, backoff.next(START).toMillis());
        assertEquals(4000, backoff.next(START).toMillis());
    }

    @Test
    void probesWaitTheMinimumAndDoNotCount() {
        final ReconnectBackoff backoff = new ReconnectBackoff(POLICY, () -> 0.999_999);
        backoff.next(START);
        backoff.next(START);
        assertEquals(1000, backoff.probe().toMillis());
        assertEquals(2, backoff.failures());
        assertTrue(backoff.next(START).toMillis() >= 3000, "counting goes on after the search");
    }
}
