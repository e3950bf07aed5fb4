/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void aConditionThatBecomesTrueIsWaitedFor() throws InterruptedException {
        final AtomicInteger polls = new AtomicInteger();
        await(() -> polls.incrementAndGet() == 3);
        assertEquals(3, polls.get());
    }

    @Test
    void aConditionThatStaysFalseFailsAfterTheTimeoutNamingWhatWasAwaited() {
        final long start = System.nanoTime();
        final AssertionError error = assertThrows(AssertionError.class,
            () -> await("the session", SHORT, () -> false));
        assertTrue(System.nanoTime() - start >= SHORT.toNanos(), "waited the whole timeout");
        assertTrue(error.getMessage().contains("the session"), error.getMessage());
    }

    @Test
    void theProbeIsReadUntilItsValuePassesAndThatValueIsReturned() throws Exception {
        final AtomicInteger reads = new AtomicInteger();
        assertEquals(4, await(reads::incrementAndGet, value -> value >= 4));
    }

    @Test
    void aProbeThatNeverPassesFailsShowingItsLastValue() {
        final AssertionError error = assertThrows(AssertionError.class,
            () -> await(() -> "pending", "installed"::equals, SHORT));
        assertTrue(error.getMessage().contains("last value pending"), error.getMessage());
    }

    @Test
    void whatTheProbeThrowsEndsTheWait() {
        assertThrows(IOException.class, () -> await(() -> {
            throw new IOException("unreadable");
        }, value -> true));
    }
}
