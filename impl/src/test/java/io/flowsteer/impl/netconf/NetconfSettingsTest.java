/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetconfSettingsTest {
    private static final NetconfSettings SETTINGS = new NetconfSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofMillis(500), Duration.ofSeconds(10));

    @Test
    void backoffDoublesPerFailureUpToTheMaximum() {
        assertEquals(Duration.ofMillis(500), SETTINGS.backoff(1));
        assertEquals(Duration.ofSeconds(1), SETTINGS.backoff(2));
        assertEquals(Duration.ofSeconds(8), SETTINGS.backoff(5));
        assertEquals(Duration.ofSeconds(10), SETTINGS.backoff(6));
        assertEquals(Duration.ofSeconds(10), SETTINGS.backoff(1000));
    }

    @Test
    void maximumBelowMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NetconfSettings(Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
