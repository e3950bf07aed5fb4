/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.Rules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Capabilities.UnmatchableComponent;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.CustomBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPortBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DependentFilterDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.MatchNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.OptionalMatchNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * A router that cannot match on a component (draft-ietf-idr-fsv2-ip-basic section 6.2): a mandatory one makes the
 * rule unsupported there, an optional FSv2 one is left out.
 */
class UnmatchableComponentsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();
    private final RouterView noPorts = RouterViews.of(Routers.custom("u1", Routers.allRedirectToIp(),
        Routers.allActions().setFsv2(true), ActionFailure.ContinueOnFailure).setCapabilityProfile(
            new CapabilityProfileBuilder().setActionFailure(ActionFailure.ContinueOnFailure).setProfile(
                new CustomBuilder().setCustom(new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125
                    .devices.device.capability.profile.profile.custom.CustomBuilder()
                    .setRedirectToIp(Routers.allRedirectToIp().build())
                    .setActions(Routers.allActions().setFsv2(true).build())
                    .setUnmatchableComponent(Set.of(UnmatchableComponent.DestinationPort)).build()).build())
                .build()).build(), null, List.of());

    private static RuleBuilder fsv2(final String name, final long chain, final boolean optionalPort) {
        final MatchBuilder match = Rules.dnsMatch("192.0.2.0/24");
        match.setDestinationPort(new DestinationPortBuilder(match.getDestinationPort()).setOptional(optionalPort)
            .build());
        return new RuleBuilder(Rules.dns(name, "192.0.2.0/24").build()).setMatch(match.build())
            .setVersion(FlowspecVersion.Fsv2).setDependentFiltersChain(Uint32.valueOf(chain))
            .setActions(new ActionsBuilder().build());
    }

    private RouterResolution resolve(final CompiledRule... rules) {
        return resolver.resolve(noPorts, List.of(rules), null, NOW);
    }

    @Test
    void anFsv1RuleMatchingOnAComponentTheRouterCannotMatchIsUnsupportedWhateverTheFailureMode() {
        final RuleVerdict verdict = resolve(compile(Rules.dns("dns", "192.0.2.0/24"))).verdicts().get("dns");
        assertVerdict(RuleState.Unsupported, List.of(MatchNotSupported.VALUE), null, false, verdict);
        assertEquals(Map.of("device", "u1", "profile", "custom", "components", "destination port"),
            leading(verdict).arguments());
    }

    @Test
    void anOptionalFsv2ComponentIsLeftOutAndTheRuleInstalledWithoutIt() {
        final RuleVerdict verdict = resolve(compile(fsv2("loose", 0, true))).verdicts().get("loose");
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertTrue(verdict.advertise());
        assertEquals(List.of(OptionalMatchNotSupported.VALUE), verdict.reasons().codes());
        assertEquals("destination port", leading(verdict).argument("components"));
        // the operator must learn that the rule now matches more traffic than configured
        assertTrue(verdict.reason().contains("it matches more traffic"), verdict.reason());
    }

    @Test
    void aMandatoryFsv2ComponentMakesTheRuleInvalidAndTakesItsChainDown() {
        final RouterResolution resolution = resolve(compile(fsv2("strict", 5, false)),
            compile(Rules.dns("partner", "198.51.100.0/24").setMatch(Rules.dnsMatch("198.51.100.0/24")
                .setDestinationPort(null).build()).setVersion(FlowspecVersion.Fsv2)
                .setDependentFiltersChain(Uint32.valueOf(5)).setActions(new ActionsBuilder().build())));
        assertEquals(RuleState.Unsupported, resolution.verdicts().get("strict").state());
        final RuleVerdict partner = resolution.verdicts().get("partner");
        assertEquals(RuleState.Rejected, partner.state());
        assertFalse(partner.advertise());
        assertEquals(List.of(DependentFilterDown.VALUE), partner.reasons().codes());
        assertEquals(Map.of("chain", "5", "rule", "strict", "rule-state", "unsupported", "device", "u1"),
            leading(partner).arguments());
    }
}
