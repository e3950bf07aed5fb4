/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.impl.cluster.ControllerRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The text of {@code flowsteer:controller}.
 */
class ControllerReportTest {
    private static final Instant T0 = Instant.parse("2026-12-03T07:00:00Z");

    @Test
    void aStandbyNodeNamesTheActiveOneAndTheLastFailover() {
        final ControllerRecord record = ControllerRecord.takeOver(
            ControllerRecord.takeOver(null, "member-1", T0).released(T0.plusSeconds(10)), "member-2",
            T0.plusMillis(12_500));
        assertEquals("""
            active controller: member-2, since 2026-12-03T07:00:12.500Z
            this node:         member-1, standby (follows the configuration, talks to no router)
            last failover:     2026-12-03T07:00:12.500Z, 2500 ms without an active controller
            """, ControllerReport.render("member-1", false, record));
    }

    @Test
    void aFailoverAfterACrashSaysItsDurationIsNotKnown() {
        final ControllerRecord record = ControllerRecord.takeOver(ControllerRecord.takeOver(null, "member-1", T0),
            "member-2", T0.plusSeconds(30));
        assertEquals("""
            active controller: member-2, since 2026-12-03T07:00:30Z
            this node:         member-2, active (talks to the routers)
            last failover:     2026-12-03T07:00:30Z, how long it took is not known (the previous active node did \
            not hand over)
            """, ControllerReport.render("member-2", true, record));
    }

    @Test
    void beforeAnyNodeIsActiveItSaysSo() {
        assertEquals("""
            active controller: none yet (the cluster has not chosen one)
            this node:         member-1, standby (follows the configuration, talks to no router)
            """, ControllerReport.render("member-1", false, null));
    }
}
