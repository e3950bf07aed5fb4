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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.watchdog.ConfiguredServiceWatch.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguredServiceWatchTest {
    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration MAX_GRACE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

    private static Instant at(final long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aServiceThatIsThereNeedsNothing() {
        final var step = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 3).next(true, true, at(0));
        assertEquals(Action.WAIT, step.action());
        assertEquals(null, step.watch().missingSince());
    }

    @Test
    void nothingIsJudgedBeforeTheListenerIsActive() {
        ConfiguredServiceWatch watch = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 3);
        for (int second = 0; second < 300; second++) {
            final var step = watch.next(false, false, at(second));
            assertEquals(Action.WAIT, step.action());
            watch = step.watch();
        }
        assertEquals(0, watch.restarts());
    }

    @Test
    void theListenerIsRestartedOnlyAfterTheGracePeriod() {
        var step = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 3).next(true, false, at(0));
        assertEquals(Action.WAIT, step.action());
        step = step.watch().next(true, false, at(2));
        assertEquals(Action.WAIT, step.action());
        step = step.watch().next(true, false, at(3));
        assertEquals(Action.RESTART_LISTENER, step.action());
        assertEquals(1, step.watch().restarts());
        // a new grace period, twice as long, starts with the restart
        assertEquals(Action.WAIT, step.watch().next(true, false, at(8)).action());
        assertEquals(Action.RESTART_LISTENER, step.watch().next(true, false, at(9)).action());
    }

    @Test
    void eachRestartDoublesTheGracePeriodUpToTheLongest() {
        ConfiguredServiceWatch watch = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 10).next(true, false, at(0))
            .watch();
        final List<Long> restartedAt = new ArrayList<>();
        for (int second = 1; second <= 200; second++) {
            final var step = watch.next(true, false, at(second));
            if (step.action() == Action.RESTART_LISTENER) {
                restartedAt.add((long) second);
            }
            watch = step.watch();
        }
        // grace periods of 3, 6, 12, 24, then 30 s each
        assertEquals(List.of(3L, 9L, 21L, 45L, 75L, 105L, 135L, 165L, 195L), restartedAt);
        assertEquals(MAX_GRACE, watch.currentGrace());
    }

    @Test
    void aServiceThatCameBackStartsOverFromTheShortGracePeriod() {
        var step = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 3).next(true, false, at(0));
        step = step.watch().next(true, false, at(3));
        assertEquals(Action.RESTART_LISTENER, step.action());
        assertEquals(Duration.ofSeconds(6), step.watch().currentGrace());
        final ConfiguredServiceWatch fresh = step.watch().fresh();
        assertEquals(0, fresh.restarts());
        assertEquals(GRACE, fresh.currentGrace());
    }

    @Test
    void theLongestGracePeriodCannotBeShorterThanTheFirst() {
        assertThrows(IllegalArgumentException.class,
            () -> ConfiguredServiceWatch.start(MAX_GRACE, GRACE, 3));
    }

    @Test
    void theServiceAppearingEndsTheWait() {
        var step = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 3).next(true, false, at(0));
        step = step.watch().next(true, true, at(2));
        assertEquals(Action.WAIT, step.action());
        // it disappears later: a fresh grace period, not the old one
        step = step.watch().next(true, false, at(40));
        assertEquals(Action.WAIT, step.action());
        assertEquals(Action.WAIT, step.watch().next(true, false, at(42)).action());
    }

    @Test
    void afterTheLastRestartItGivesUpOnceAndThenStaysQuiet() {
        ConfiguredServiceWatch watch = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 2);
        int restarts = 0;
        int giveUps = 0;
        for (int second = 0; second <= 600; second++) {
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
        assertFalse(ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 0).gaveUp());
        final var step = ConfiguredServiceWatch.start(GRACE, MAX_GRACE, 0).next(true, false, at(0)).watch()
            .next(true, false, at(3));
        assertEquals(Action.GIVE_UP, step.action());
    }
}
