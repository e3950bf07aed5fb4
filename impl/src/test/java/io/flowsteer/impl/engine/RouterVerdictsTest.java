/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;

class RouterResolutionsTest {
    private static final RuleVerdict OLD = new RuleVerdict(RuleState.Advertised, Reasons.NONE, "discard", true);
    private static final RuleVerdict NEW = new RuleVerdict(RuleState.InvalidRedirect,
        Reasons.of(Reason.of(UnresolvedNextHop.VALUE, "no route")), null, false);
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void freshVerdictsReplaceTheirRulesOnlyInTargetedOrder() {
        final RouterResolution previous = new RouterResolution("r1", Map.of("a", OLD, "b", OLD, "gone", OLD),
            List.of(), T2, Map.of(), Map.of("a", Set.of("x"), "b", Set.of("y")));
        final RouterResolution fresh = new RouterResolution("r1", Map.of("b", NEW), List.of(), null, Map.of(),
            Map.of());
        final RouterResolution merged = RouterResolutions.merge(previous, fresh, List.of(rule("b"), rule("a")));
        assertEquals(List.of("b", "a"), List.copyOf(merged.verdicts().keySet()));
        assertEquals(NEW, merged.verdicts().get("b"));
        assertEquals(OLD, merged.verdicts().get("a"));
        assertEquals(Map.of("a", Set.of("x")), merged.invalidRedirects(), "b's fresh resolution has none");
        assertEquals(T2, merged.nextDeadline());
    }

    @Test
    void theEarlierDeadlineWins() {
        assertEquals(T1, RouterResolutions.earliest(T1, T2));
        assertEquals(T1, RouterResolutions.earliest(T2, T1));
        assertEquals(T2, RouterResolutions.earliest(null, T2));
        assertEquals(T1, RouterResolutions.earliest(T1, null));
        assertNull(RouterResolutions.earliest(null, null));
    }

    private static CompiledRule rule(final String name) {
        return ((Compilation.Compiled) new RuleCompiler().compile(Rules.dns(name, "192.0.2.0/24").build())).rule();
    }
}
