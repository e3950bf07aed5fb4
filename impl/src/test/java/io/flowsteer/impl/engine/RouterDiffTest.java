/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;

class RouterDiffTest {
    private static final DeviceStatusLine ACTIVE = new DeviceStatusLine(RuleState.Advertised, Reasons.NONE, "discard");
    private static final DeviceStatusLine PENDING = new DeviceStatusLine(RuleState.Pending,
        Reasons.of(Reason.of(SessionDown.VALUE, "session down")), "discard");
    private static final FlowspecRoute A = route("a", "192.0.2.0/24");
    private static final FlowspecRoute B = route("b", "198.51.100.0/24");

    @Test
    void aFullResolutionWritesOnlyWhatChangedAndRemovesWhatIsGone() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", ACTIVE, "c", ACTIVE),
            Map.of("a", A, "b", B));
        final RouterDiff diff = RouterDiff.of(before, null, List.of(new RouterDiff.Fresh("a", ACTIVE, A),
            new RouterDiff.Fresh("b", PENDING, null)), Set.of(), Set.of());
        assertEquals(List.of("b"), diff.toWrite());
        assertEquals(List.of("c"), diff.toRemove());
        assertEquals(Set.of("b", "c"), diff.touched());
        assertEquals(Map.of("a", ACTIVE, "b", PENDING), diff.written());
        assertEquals(Map.of("a", A), diff.advertised());
        assertTrue(diff.routesChanged());
    }

    @Test
    void aRewrittenRuleIsWrittenEvenWhenItsLineIsTheSame() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE), Map.of("a", A));
        final RouterDiff diff = RouterDiff.of(before, null, List.of(new RouterDiff.Fresh("a", ACTIVE, A)),
            Set.of("a"), Set.of());
        assertEquals(List.of("a"), diff.toWrite());
        assertFalse(diff.routesChanged());
    }

    @Test
    void aDeletedRuleLosesItsWholeEntrySoItsLineIsNotRemovedButItsSummaryIsTouched() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "gone", ACTIVE), Map.of());
        final RouterDiff diff = RouterDiff.of(before, null, List.of(new RouterDiff.Fresh("a", ACTIVE, null)),
            Set.of(), Set.of("gone"));
        assertEquals(List.of(), diff.toRemove());
        assertEquals(Set.of("gone"), diff.touched());
        assertEquals(Map.of("a", ACTIVE), diff.written());
    }

    @Test
    void aPartialResolutionKeepsEveryRuleOutsideItsScope() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", ACTIVE, "c", ACTIVE),
            Map.of("a", A, "b", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("b", "c"),
            List.of(new RouterDiff.Fresh("b", ACTIVE, B)), Set.of(), Set.of());
        assertEquals(Map.of("a", ACTIVE, "b", ACTIVE), diff.written(), "a kept, c no longer on the router");
        assertEquals(Map.of("a", A, "b", B), diff.advertised());
        assertEquals(List.of(), diff.toWrite());
        assertEquals(List.of("c"), diff.toRemove());
        assertFalse(diff.routesChanged());
    }

    @Test
    void aPartialResolutionThatTakesARouteAwayChangesTheRoutes() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "c", ACTIVE),
            Map.of("a", A, "c", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("c"), List.of(), Set.of(), Set.of());
        assertEquals(Map.of("a", A), diff.advertised());
        assertEquals(List.of("c"), diff.toRemove());
        assertTrue(diff.routesChanged());
    }

    @Test
    void aPartialResolutionSeesTheRouteOfARuleItResolvedBeyondWhatItReplaced() {
        // a rule resolved again because it shares a chain with a changed one, though not itself changed
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", ACTIVE),
            Map.of("a", A, "b", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("b"),
            List.of(new RouterDiff.Fresh("a", ACTIVE, B), new RouterDiff.Fresh("b", ACTIVE, B)), Set.of(), Set.of());
        assertEquals(Map.of("a", B, "b", B), diff.advertised());
        assertTrue(diff.routesChanged());
        assertEquals(List.of(), diff.toRemove());
    }

    @Test
    void nothingBeforeWritesEveryLine() {
        final RouterDiff diff = RouterDiff.of(RouterDiff.Before.NOTHING, null,
            List.of(new RouterDiff.Fresh("a", ACTIVE, A), new RouterDiff.Fresh("b", PENDING, null)), Set.of(),
            Set.of());
        assertEquals(List.of("a", "b"), diff.toWrite(), "in resolution order");
        assertTrue(diff.routesChanged());
    }

    private static FlowspecRoute route(final String name, final String prefix) {
        final Compilation compilation = new RuleCompiler().compile(Rules.dns(name, prefix).build());
        return new FlowspecRoute(((Compilation.Compiled) compilation).rule().nlri(), RouteAttributes.EMPTY);
    }
}
