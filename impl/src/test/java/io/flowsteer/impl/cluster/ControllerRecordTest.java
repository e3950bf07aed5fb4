/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a node that takes over the active controller role records about the failover.
 */
class ControllerRecordTest {
    private static final Instant T0 = Instant.parse("2026-12-03T07:00:00Z");

    @Test
    void theFirstActiveControllerHasNoFailover() {
        assertEquals(new ControllerRecord("member-1", T0, null, null, null),
            ControllerRecord.takeOver(null, "member-1", T0));
    }

    @Test
    void aHandOverIsTimedFromTheMomentThePreviousNodeGaveTheRoleUp() {
        final ControllerRecord previous = ControllerRecord.takeOver(null, "member-1", T0)
            .released(T0.plusSeconds(60));
        final ControllerRecord next = ControllerRecord.takeOver(previous, "member-2", T0.plusSeconds(65));
        assertEquals("member-2", next.activeNode());
        assertEquals(T0.plusSeconds(65), next.lastFailover());
        assertEquals(Duration.ofSeconds(5), next.lastFailoverDuration());
        assertNull(next.releasedAt());
    }

    @Test
    void aCrashedPredecessorLeavesTheDurationUnknown() {
        final ControllerRecord previous = ControllerRecord.takeOver(null, "member-1", T0);
        final ControllerRecord next = ControllerRecord.takeOver(previous, "member-3", T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(30), next.lastFailover());
        assertNull(next.lastFailoverDuration(), "nobody knows when member-1 stopped");
    }
}
