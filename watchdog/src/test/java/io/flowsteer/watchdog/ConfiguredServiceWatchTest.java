/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.watchdog.ConfiguredServiceWatch.Action;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfiguredServiceWatchTest {
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

    private static Instant at(final long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aServiceThatIsThereNeedsNothing() {
        final var step = ConfiguredServiceWatch.start(GRACE, 3).next(true, true, at(0));
        assertEquals(Action.WAIT, step.action());
        assertEquals(null, step.watch().missingSince());
    }

    @Test
    void nothingIsJudgedBeforeTheListenerIsActive() {
        ConfiguredServiceWatch watch = ConfiguredServiceWatch.start(GRACE, 3);
        for (int second = 0; second < 300; second += 5) {
            final var step = watch.next(false, false, at(second));
            assertEquals(Action.WAIT, step.action());
            watch = step.watch();
        }
        assertEquals(0, watch.restarts());
    }

    @Test
    void theListenerIsRestartedOnlyAfterTheGracePeriod() {
        var step = ConfiguredServiceWatch.start(GRACE, 3).next(true, false, at(0));
        assertEquals(Action.WAIT, step.action());
        step = step.watch().next(true, false, at(29));
        assertEquals(Action.WAIT, step.action());
        step = step.watch().next(true, false, at(30));
        assertEquals(Action.RESTART_LISTENER, step.action());
        assertEquals(1, step.watch().restarts());
        // a new grace period starts with the restart
        assertEquals(Action.WAIT, step.watch().next(true, false, at(59)).action());
        assertEquals(Action.RESTART_LISTENER, step.watch().next(true, false, at(60)).action());
    }

    @Test
    void theServiceAppearingEndsTheWait() {
        var step = ConfiguredServiceWatch.start(GRACE, 3).next(true, false, at(0));
        step = step.watch().next(true, true, at(10));
        assertEquals(Action.WAIT, step.action());
        // it disappears later: a fresh grace period, not the old one
        step = step.watch().next(true, false, at(40));
        assertEquals(Action.WAIT, step.action());
        assertEquals(Action.WAIT, step.watch().next(true, false, at(69)).action());
    }

    @Test
    void afterTheLastRestartItGivesUpOnceAndThenStaysQuiet() {
        ConfiguredServiceWatch watch = ConfiguredServiceWatch.start(GRACE, 2);
        int restarts = 0;
        int giveUps = 0;
        for (int second = 0; second <= 600; second += 5) {
            final var step = watch.next(true, false, at(second));
            restarts += step.action() == Action.RESTART_LISTENER ? 1 : 0;
            giveUps += step.action() == Action.GIVE_UP ? 1 : 0;
            watch = step.watch();
        }
        assertEquals(2, restarts);
        assertEquals(1, giveUps);
        assertTrue(watch.gaveUp());
    }

    @Test
    void aWatchThatHasNotGivenUpSaysSo() {
        assertFalse(ConfiguredServiceWatch.start(GRACE, 0).gaveUp());
        final var step = ConfiguredServiceWatch.start(GRACE, 0).next(true, false, at(0)).watch()
            .next(true, false, at(30));
        assertEquals(Action.GIVE_UP, step.action());
    }
}
