/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.engine.EngineSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Dscp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrderingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficActionBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficMarkingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.TargetBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.sr.policy.segment.list.OriginatorBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.As2Builder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

class EngineViewsTest {
    private static final RuleCompiler COMPILER = new RuleCompiler();

    /** The action of docs/console.md's syn-to-tunnel: redirect to localised indirection-id 100, sequence 1. */
    private static final CompiledRule SYN_TO_TUNNEL = compile(Rules.dns("syn-to-tunnel", "203.0.113.0/24")
        .setActions(new ActionsBuilder().setRedirectToIndirectionId(new RedirectToIndirectionIdBuilder()
            .setIndirectionId(BindingMap.of(new IndirectionIdBuilder()
                .setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.LocalisedId))
                .setId(Uint32.valueOf(100)).setSequenceId(Uint8.ONE).build())).build()).build()));

    /** Every FSv1 action Flowsteer compiles, and a redirect load-balancing group; for two routers. */
    private static final CompiledRule EVERY_ACTION = compile(Rules.dns("every-action", "192.0.2.0/24")
        .setDevice(Set.of(new DeviceRef("pe2"), new DeviceRef("pe1")))
        .setActions(new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("0")).build())
            .setTrafficAction(new TrafficActionBuilder().setSample(true).build())
            .setTrafficMarking(new TrafficMarkingBuilder().setDscp(new Dscp(Uint8.valueOf(10))).build())
            .setRedirectToVrf(new RedirectToVrfBuilder().setRouteTarget(new As2Builder()
                .setAs2Administrator(Uint16.valueOf(65000)).setAs2AssignedNumber(Uint32.valueOf(100)).build())
                .build())
            .setRedirectToIp(new RedirectToIpBuilder().setTarget(BindingMap.of(new TargetBuilder()
                .setAddress(ipAddressNoZoneFor("198.51.100.10")).setCopy(true).build())).build())
            .setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipAddressNoZoneFor("198.51.100.5"))
                    .setWeight(Uint8.valueOf(3)).build(),
                new PathBuilder().setId(Uint8.valueOf(2)).setEndpoint(ipAddressNoZoneFor("198.51.100.6"))
                    .setWeight(Uint8.ONE).build())).build())
            .build()));

    /** An FSv2 rule pinned to a segment list, with its action chain ordering; for a router and two groups. */
    private static final CompiledRule PINNED = compile(Rules.dns("pinned", "192.0.2.0/24")
        .setDevice(Set.of(new DeviceRef("pe3"))).setDeviceGroup(Set.of("edge", "core"))
        .setVersion(FlowspecVersion.Fsv2).setDependentFiltersChain(Uint32.ZERO)
        .setActions(new ActionsBuilder()
            .setActionChainOrdering(new ActionChainOrderingBuilder().build())
            .setRedirectToSrPolicySegmentList(new RedirectToSrPolicySegmentListBuilder()
                .setColor(Uint32.valueOf(10)).setEndpoint(ipAddressNoZoneFor("192.0.2.9"))
                .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                .setOriginator(new OriginatorBuilder().setAsn(Uint32.valueOf(65000))
                    .setAddress(ipAddressNoZoneFor("192.0.2.250")).build())
                .setDiscriminator(Uint32.valueOf(7)).setSegmentListId(Uint32.valueOf(2)).setFallback(true)
                .setRecovery(true).setRevertTimer(Uint16.valueOf(30)).build())
            .build()));

    private static final EngineSnapshot SNAPSHOT = new EngineSnapshot(List.of(SYN_TO_TUNNEL, EVERY_ACTION, PINNED),
        Map.of(), Map.of(), Map.of(), Map.of());

    private static CompiledRule compile(final RuleBuilder rule) {
        return assertInstanceOf(Compilation.Compiled.class, COMPILER.compile(rule.build())).rule();
    }

    @Test
    void theDocumentedRuleNamesItsIndirectionIdInOperatorWords() {
        final String text = EngineViews.rule(SNAPSHOT, "syn-to-tunnel");
        assertTrue(text.contains(System.lineSeparator() + "community     0900020000000064  redirect to"
            + " indirection-id (localised-id, 100), sequence 1" + System.lineSeparator()), text);
    }

    @Test
    void everyActionIsNamedInOperatorWords() {
        final List<String> lines = List.of(EngineViews.rule(SNAPSHOT, "every-action").split(System.lineSeparator()));
        assertEquals(List.of(
            "traffic-rate 0 bytes/s (discard)",
            "traffic-action: sample and log, stop at this rule",
            "redirect to VRF importing route target 65000:100",
            "traffic-marking DSCP 10",
            "redirect a copy to IP 198.51.100.10 (original forwarded as usual)",
            "redirect to load-balancing group UCMP: 198.51.100.5 weight 3, 198.51.100.6 weight 1"),
            lines.stream().filter(line -> line.startsWith("community") || line.startsWith("group"))
                .map(line -> line.substring(line.indexOf("  ", "community     ".length()) + 2)).toList());
    }

    @Test
    void theSegmentListIsNamedInOperatorWords() {
        final String text = EngineViews.rule(SNAPSHOT, "pinned");
        assertTrue(text.contains("  action chain ordering: one action per category, stop on failure"
            + System.lineSeparator()), text);
        assertTrue(text.contains("  redirect to SR Policy (color 10, endpoint 192.0.2.9) segment list 2 of candidate"
            + " path (origin 30, originator 65000/192.0.2.250, discriminator 7), falls back to the SR Policy if the"
            + " list fails, re-pins 30 s after it recovers" + System.lineSeparator()), text);
    }

    @Test
    void theTargetsAreListedInWords() {
        assertTrue(EngineViews.rule(SNAPSHOT, "syn-to-tunnel").contains(System.lineSeparator()
            + "targets       every router with BGP" + System.lineSeparator()));
        assertTrue(EngineViews.rule(SNAPSHOT, "every-action").contains(System.lineSeparator()
            + "targets       devices pe1, pe2" + System.lineSeparator()));
        assertTrue(EngineViews.rule(SNAPSHOT, "pinned").contains(System.lineSeparator()
            + "targets       devices pe3; device groups core, edge" + System.lineSeparator()));
    }

    @Test
    void noRuleShowsJavaRecordText() {
        for (CompiledRule rule : SNAPSHOT.ordered()) {
            final String text = EngineViews.rule(SNAPSHOT, rule.name());
            assertTrue(text.startsWith("rule          " + rule.name()), text);
            assertFalse(text.contains("["), text);
        }
    }
}
