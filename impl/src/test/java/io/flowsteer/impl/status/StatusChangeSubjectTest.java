/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the status writer's log says about a change it had to drop: the rule and router in plain words, never the
 * change's record text.
 */
class StatusChangeSubjectTest {
    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aRuleOnARouterIsNamedWithBoth() {
        assertEquals("the removal of rule block-dns's status on router edge1",
            new StatusChange.RuleOffDevice("block-dns", "edge1").subject());
        assertEquals("the order-key of rule block-dns", new StatusChange.RuleMoved("block-dns", 7).subject());
        assertEquals("the refusal of rule block-dns",
            new StatusChange.RuleRefused("block-dns", List.of("no address"), AT).subject());
        assertEquals("the received-route counts of router edge1",
            new StatusChange.ReceivedRouteCounts("edge1", 1, 2, 0).subject());
    }

    @Test
    void noSubjectIsRecordText() {
        for (StatusChange change : List.of(new StatusChange.RuleMoved("r1", 1),
                new StatusChange.RuleRemoval("r1"), new StatusChange.RuleOffDevice("r1", "edge1"),
                new StatusChange.RuleRefused("r1", List.of("bad"), AT), new StatusChange.StatusReset(),
                new StatusChange.ReceivedRouteCounts("edge1", 0, 0, 0),
                new StatusChange.ReceivedRouteRemoval("edge1", null, "192.0.2.0/24"),
                new StatusChange.DeviceRemoval("edge1", null))) {
            final String subject = change.subject();
            assertFalse(subject.contains("[") || subject.contains("=") || subject.contains("Status"),
                () -> "record text in '" + subject + "'");
        }
    }
}
