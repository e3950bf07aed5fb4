/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Flows.redirectTo;
import static io.flowsteer.impl.resolve.Flows.target;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.order.RuleOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SameMatch;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * A router holds one flowspec route per match (RFC 8955 section 4): of several rules with the same match, it gets
 * the first in installation order that it can take.
 */
class SameMatchTest {
    private static final SameMatch SAME_MATCH = SameMatch.VALUE;
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();
    private final RouterView noCopy = RouterViews.of(Routers.custom("pe1", Routers.allRedirectToIp().setCopy(false),
        Routers.allActions(), ActionFailure.StopOnFailure).build(), null,
        Routers.routes("203.0.113.0/24", "10.0.0.1"));

    @Test
    void ofTwoRulesWithTheSameMatchTheRouterGetsTheFirstInInstallationOrderAndTheOtherIsRejectedNamingIt() {
        final CompiledRule beta = compile(Flows.dns("beta", redirectTo(target("203.0.113.5", false))));
        final CompiledRule alpha = compile(Flows.dns("alpha", new ActionsBuilder()));
        final List<CompiledRule> ordered = RuleOrder.of(List.of(beta, alpha)).rules();
        final RouterResolution resolution = resolver.resolve(noCopy, ordered, null, NOW);

        assertEquals(RuleState.Installed, resolution.verdicts().get("alpha").state());
        final RuleVerdict displaced = resolution.verdicts().get("beta");
        assertVerdict(RuleState.Rejected, List.of(SAME_MATCH), null, false, displaced);
        assertEquals(Map.of("rule", "alpha", "device", "pe1"), leading(displaced).arguments());
        // the sentence names the rule the router gets instead, and why
        assertEquals("rule alpha has the same match and comes first in installation order; router pe1 holds one"
            + " flowspec route per match (RFC 8955 section 4), so it gets alpha's actions, not this rule's",
            displaced.reason());
    }

    @Test
    void whenTheFirstCannotBeInstalledOnTheRouterTheNextWithTheSameMatchIsAdvertised() {
        // a copy redirect is beyond this router and stops the rule: it is not advertised, so beta's route is
        final CompiledRule alpha = compile(Flows.dns("alpha", redirectTo(target("203.0.113.5", true))));
        final CompiledRule beta = compile(Flows.dns("beta", redirectTo(target("203.0.113.5", false))));
        final RouterResolution resolution = resolver.resolve(noCopy,
            RuleOrder.of(List.of(alpha, beta)).rules(), null, NOW);

        assertEquals(RuleState.Unsupported, resolution.verdicts().get("alpha").state());
        assertEquals(RuleState.Installed, resolution.verdicts().get("beta").state());
        assertTrue(resolution.verdicts().get("beta").advertise());
    }

    @Test
    void aRuleDisplacedByItsTwinDoesNotTakeTheirDependentFiltersChainDown() {
        final CompiledRule alpha = compile(Flows.fsv2("alpha", 42, new ActionsBuilder()));
        final CompiledRule beta = compile(Flows.fsv2("beta", 42, redirectTo(target("203.0.113.5", false))));
        final CompiledRule other = compile(Rules.dns("other", "198.51.100.0/24").setVersion(FlowspecVersion.Fsv2)
            .setDependentFiltersChain(Uint32.valueOf(42)).setActions(new ActionsBuilder().build()));
        final RouterResolution resolution = resolver.resolve(noCopy,
            RuleOrder.of(List.of(alpha, beta, other)).rules(), null, NOW);

        assertEquals(RuleState.Installed, resolution.verdicts().get("alpha").state());
        assertEquals(RuleState.Rejected, resolution.verdicts().get("beta").state());
        assertEquals(List.of(SAME_MATCH), resolution.verdicts().get("beta").reasons().codes());
        assertEquals(RuleState.Installed, resolution.verdicts().get("other").state());
    }

    @Test
    void rulesWithDifferentMatchesAreNotTwins() {
        final CompiledRule alpha = compile(Flows.dns("alpha", new ActionsBuilder()));
        final CompiledRule wider = compile(Rules.dns("wider", "192.0.0.0/16").setActions(new ActionsBuilder()
            .build()));
        final RouterResolution resolution = resolver.resolve(noCopy,
            RuleOrder.of(List.of(alpha, wider)).rules(), null, NOW);

        assertEquals(RuleState.Installed, resolution.verdicts().get("alpha").state());
        assertEquals(RuleState.Installed, resolution.verdicts().get("wider").state());
    }
}
