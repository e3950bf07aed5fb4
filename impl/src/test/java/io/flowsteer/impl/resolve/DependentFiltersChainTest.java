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

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DependentFilterDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

class DependentFiltersChainTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();
    private final RouterView noCopy = RouterViews.of(Routers.custom("pe1", Routers.allRedirectToIp().setCopy(false),
        Routers.allActions(), ActionFailure.StopOnFailure).build(), null,
        Routers.routes("203.0.113.0/24", "10.0.0.1"));

    @Test
    void ruleThatCannotBeInstalledTakesEveryRuleOfItsChainDownOnThatRouter() {
        final CompiledRule first = compile(Flows.fsv2("first", 42, new ActionsBuilder()));
        final CompiledRule tap = compile(Flows.fsv2("tap", 42, redirectTo(target("203.0.113.5", true))));
        final CompiledRule last = compile(Flows.fsv2("last", 42, redirectTo(target("203.0.113.5", false))));
        final RouterResolution resolution = resolver.resolve(noCopy, List.of(first, tap, last), null, NOW);
        assertEquals(List.of("first", "tap", "last"), List.copyOf(resolution.verdicts().keySet()));
        assertEquals(RuleState.Unsupported, resolution.verdicts().get("tap").state());
        final String reason = "dependent filters chain 42: rule tap cannot be installed on router pe1 (unsupported),"
            + " so this rule is not installed there either (draft-ietf-idr-fsv2-ip-basic section 3.2)";
        assertVerdict(RuleState.Rejected, List.of(DependentFilterDown.VALUE), null, false,
            resolution.verdicts().get("first"));
        assertVerdict(RuleState.Rejected, List.of(DependentFilterDown.VALUE), null, false,
            resolution.verdicts().get("last"));
        assertEquals(Map.of("chain", "42", "rule", "tap", "rule-state", "unsupported", "device", "pe1"),
            leading(resolution.verdicts().get("last")).arguments());
        // the sentence names the rule that took the chain down
        assertEquals(reason, resolution.verdicts().get("first").reason());
    }

    @Test
    void rulesOutsideTheChainOrWithChainZeroStayInstalled() {
        final CompiledRule tap = compile(Flows.fsv2("tap", 0, redirectTo(target("203.0.113.5", true))));
        final CompiledRule free = compile(Flows.fsv2("free", 0, new ActionsBuilder()));
        final CompiledRule other = compile(Flows.fsv2("other", 7, new ActionsBuilder()));
        final RouterResolution resolution = resolver.resolve(noCopy, List.of(tap, free, other), null, NOW);
        assertEquals(RuleState.Unsupported, resolution.verdicts().get("tap").state());
        assertEquals(RuleState.Installed, resolution.verdicts().get("free").state());
        assertEquals(RuleState.Installed, resolution.verdicts().get("other").state());
    }

    @Test
    void rejectedRulesOfAChainEmitNoRedirectEvents() {
        final CompiledRule tap = compile(Flows.fsv2("tap", 9, redirectTo(target("203.0.113.5", true))));
        final CompiledRule lost = compile(Flows.fsv2("lost", 9, redirectTo(target("192.0.2.200", false))));
        final RouterResolution resolution = resolver.resolve(noCopy, List.of(tap, lost), null, NOW);
        assertEquals(RuleState.Rejected, resolution.verdicts().get("lost").state());
        assertEquals(List.of(), resolution.events());
    }
}
