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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class RouterVerdictsTest {
    private static final RuleVerdict OLD = new RuleVerdict(RuleState.Advertised, Reasons.NONE, "discard", true);
    private static final RuleVerdict NEW = new RuleVerdict(RuleState.InvalidRedirect,
        Reasons.of(Reason.of(UnresolvedNextHop.VALUE, "no route")), null, false);
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void aPartialResolutionReplacesOnlyTheRulesItCoveredAndTheCopyIsInInstallationOrder() {
        final RouterVerdicts verdicts = new RouterVerdicts();
        assertNull(verdicts.memoryOf("r1", List.of(rule("a"))), "never resolved: no memory");
        verdicts.replace(new RouterResolution("r1", Map.of("a", OLD, "b", OLD, "gone", OLD), List.of(), T2,
            Map.of(), Map.of("a", Set.of("x"), "b", Set.of("y"))));
        assertTrue(verdicts.resolved());

        // b resolved again, gone no longer targets the router, a untouched
        verdicts.merge(new RouterResolution("r1", Map.of("b", NEW), List.of(), null, Map.of(), Map.of()),
            Set.of("b", "gone"));
        final RouterResolution copy = verdicts.copy("r1", List.of(rule("b"), rule("a"), rule("gone")));
        assertEquals(List.of("b", "a"), List.copyOf(copy.verdicts().keySet()));
        assertEquals(NEW, copy.verdicts().get("b"));
        assertEquals(OLD, copy.verdicts().get("a"));
        assertEquals(Map.of("a", Set.of("x")), copy.invalidRedirects(), "b's fresh resolution has none");
        assertEquals(T2, verdicts.deadline());
        assertEquals(Map.of("a", Set.of("x")), verdicts.memoryOf("r1", List.of(rule("a"), rule("b")))
            .invalidRedirects(), "the memory handed back holds only the rules asked for");

        verdicts.forget();
        assertFalse(verdicts.resolved());
        assertNull(verdicts.copy("r1", List.of(rule("a"))));
    }

    @Test
    void aFullResolutionReplacesEverything() {
        final RouterVerdicts verdicts = new RouterVerdicts();
        verdicts.replace(new RouterResolution("r1", Map.of("a", OLD), List.of(), T1));
        verdicts.replace(new RouterResolution("r1", Map.of("b", NEW), List.of(), null));
        assertEquals(Map.of("b", NEW), verdicts.copy("r1", List.of(rule("a"), rule("b"))).verdicts());
        assertNull(verdicts.deadline());
    }

    @Test
    void theEarlierDeadlineWins() {
        assertEquals(T1, RouterVerdicts.earliest(T1, T2));
        assertEquals(T1, RouterVerdicts.earliest(T2, T1));
        assertEquals(T2, RouterVerdicts.earliest(null, T2));
        assertEquals(T1, RouterVerdicts.earliest(T1, null));
        assertNull(RouterVerdicts.earliest(null, null));
    }

    private static CompiledRule rule(final String name) {
        return ((Compilation.Compiled) new RuleCompiler().compile(Rules.dns(name, "192.0.2.0/24").build())).rule();
    }
}
