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

import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.spi.AdjRibOutChange;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.HashMap;
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
        final After after = After.of(before, diff);
        assertEquals(Map.of("a", ACTIVE, "b", PENDING), after.written());
        assertEquals(Map.of("a", A), after.advertised());
        assertEquals(new AdjRibOutChange(List.of(), List.of(B.nlri())), diff.routeChange());
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
        assertEquals(Map.of("a", ACTIVE), After.of(before, diff).written());
    }

    @Test
    void aPartialResolutionKeepsEveryRuleOutsideItsScope() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", ACTIVE, "c", ACTIVE),
            Map.of("a", A, "b", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("b", "c"),
            List.of(new RouterDiff.Fresh("b", ACTIVE, B)), Set.of(), Set.of());
        final After after = After.of(before, diff);
        assertEquals(Map.of("a", ACTIVE, "b", ACTIVE), after.written(), "a kept, c no longer on the router");
        assertEquals(Map.of("a", A, "b", B), after.advertised());
        assertEquals(List.of(), diff.toWrite());
        assertEquals(List.of("c"), diff.toRemove());
        assertFalse(diff.routesChanged());
    }

    @Test
    void aPartialResolutionThatTakesARouteAwayChangesTheRoutes() {
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "c", ACTIVE),
            Map.of("a", A, "c", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("c"), List.of(), Set.of(), Set.of());
        assertEquals(Map.of("a", A), After.of(before, diff).advertised());
        assertEquals(List.of("c"), diff.toRemove());
        assertEquals(new AdjRibOutChange(List.of(), List.of(B.nlri())), diff.routeChange());
    }

    @Test
    void aPartialResolutionSeesTheRouteOfARuleItResolvedBeyondWhatItReplaced() {
        // a rule resolved again because it shares a chain with a changed one, though not itself changed
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", ACTIVE),
            Map.of("a", A, "b", B));
        final RouterDiff diff = RouterDiff.of(before, Set.of("b"),
            List.of(new RouterDiff.Fresh("a", ACTIVE, B), new RouterDiff.Fresh("b", ACTIVE, B)), Set.of(), Set.of());
        assertEquals(Map.of("a", B, "b", B), After.of(before, diff).advertised());
        assertEquals(List.of(), diff.toRemove());
        // a's NLRI was A's; it now carries B's route, whose NLRI b keeps: A's NLRI goes, B's is put
        assertEquals(new AdjRibOutChange(List.of(B), List.of(A.nlri())), diff.routeChange());
    }

    @Test
    void nothingBeforeWritesEveryLine() {
        final RouterDiff diff = RouterDiff.of(RouterDiff.Before.NOTHING, null,
            List.of(new RouterDiff.Fresh("a", ACTIVE, A), new RouterDiff.Fresh("b", PENDING, null)), Set.of(),
            Set.of());
        assertEquals(List.of("a", "b"), diff.toWrite(), "in resolution order");
        assertEquals(new AdjRibOutChange(List.of(A), List.of()), diff.routeChange());
    }

    @Test
    void anNlriThatMovesToAnotherRuleIsPutNotWithdrawn() {
        // a held the route of NLRI A; it goes, and b, which had the same match (held back), now carries it
        final FlowspecRoute sameMatch = new FlowspecRoute(A.nlri(), RouteAttributes.EMPTY);
        final RouterDiff.Before before = new RouterDiff.Before(Map.of("a", ACTIVE, "b", PENDING), Map.of("a", A));
        final RouterDiff diff = RouterDiff.of(before, Set.of("a", "b"),
            List.of(new RouterDiff.Fresh("b", ACTIVE, sameMatch)), Set.of(), Set.of("a"));
        assertEquals(new AdjRibOutChange(List.of(sameMatch), List.of()), diff.routeChange());
        final After after = After.of(before, diff);
        assertEquals(Map.of("b", sameMatch), after.advertised());
        assertEquals(Map.of("b", ACTIVE), after.written());
    }

    @Test
    void aPartialResolutionHoldsOnlyWhatItResolved() {
        final Map<String, DeviceStatusLine> written = new HashMap<>();
        final Map<String, FlowspecRoute> advertised = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            written.put("r" + i, ACTIVE);
        }
        final RouterDiff diff = RouterDiff.of(new RouterDiff.Before(written, advertised), Set.of("new"),
            List.of(new RouterDiff.Fresh("new", ACTIVE, A)), Set.of(), Set.of());
        assertEquals(Set.of("new"), diff.lines().keySet());
        assertEquals(Set.of(), diff.linesGone());
        assertEquals(Set.of("new"), diff.routes().keySet());
        diff.applyTo(written, advertised);
        assertEquals(1_001, written.size());
        assertEquals(Map.of("new", A), advertised);
    }

    /**
     * A router's maps after a diff, applied to copies of what it had.
     */
    private record After(Map<String, DeviceStatusLine> written, Map<String, FlowspecRoute> advertised) {
        static After of(final RouterDiff.Before before, final RouterDiff diff) {
            final After after = new After(new HashMap<>(before.written()), new HashMap<>(before.advertised()));
            diff.applyTo(after.written(), after.advertised());
            return after;
        }
    }

    private static FlowspecRoute route(final String name, final String prefix) {
        final Compilation compilation = new RuleCompiler().compile(Rules.dns(name, prefix).build());
        return new FlowspecRoute(((Compilation.Compiled) compilation).rule().nlri(), RouteAttributes.EMPTY);
    }
}
