/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Flows.indirection;
import static io.flowsteer.impl.resolve.Flows.indirections;
import static io.flowsteer.impl.resolve.Verdicts.assertInvalidRedirect;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType.Enumeration;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionIdBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSidBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHopsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.TunnelBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.IndirectionIdOverridden;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedIndirectionId;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;

class IndirectionRedirectTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();
    private final RouterView router = RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full)
        .setStaticRoutes(Routers.staticRoutes(Routers.vrf("scrubbing", "65000:100", "0.0.0.0/0", "172.16.0.1"))
            .build()).build(),
        new RouterTableBuilder().setName(new DeviceRef("pe1")).setEntry(BindingMap.of(
            new EntryBuilder().setIdType(new IndirectionIdType(Enumeration.SrMplsBindingSidLabel))
                .setId(Uint32.valueOf(5000))
                .setTarget(new MplsBindingSidBuilder().setMplsLabel(Uint32.valueOf(24005)).build()).build(),
            new EntryBuilder().setIdType(new IndirectionIdType(Enumeration.TunnelId)).setId(Uint32.valueOf(7))
                .setTarget(new TunnelBuilder().setTunnelName("to-egress-peer").build()).build(),
            new EntryBuilder().setIdType(new IndirectionIdType(Enumeration.LocalisedId)).setId(Uint32.valueOf(1))
                .setTarget(new NextHopsBuilder().setNextHop(Set.of(ipAddressNoZoneFor("10.0.0.1"),
                    ipAddressNoZoneFor("10.0.0.2"))).build()).build())).build(),
        List.of());

    private RouterResolution resolve(final CompiledRule rule) {
        return resolver.resolve(router, List.of(rule), null, NOW);
    }

    @Test
    void indirectionIdsAreLookedUpAndChainedLowestSequenceIdFirst() {
        final CompiledRule rule = compile(Flows.dns("cepe", indirections(new ActionsBuilder(),
            indirection(Enumeration.TunnelId, 7, 2), indirection(Enumeration.SrMplsBindingSidLabel, 5000, 1))));
        assertVerdict(RuleState.Installed, List.of(), "redirect to indirection-id chain [S-ID 1"
            + " (sr-mpls-binding-sid-label, 5000) -> MPLS binding SID 24005, S-ID 2 (tunnel-id, 7)"
            + " -> tunnel to-egress-peer]", true,
            resolve(rule).verdicts().get("cepe"));
    }

    @Test
    void theCopyFlagOfAChainIsShownPerEntry() {
        final CompiledRule rule = compile(Flows.dns("copied", indirections(new ActionsBuilder(),
            new IndirectionIdBuilder(indirection(Enumeration.TunnelId, 7, 2)).setCopy(true).build(),
            indirection(Enumeration.SrMplsBindingSidLabel, 5000, 1))));
        assertEquals("redirect to indirection-id chain [S-ID 1 (sr-mpls-binding-sid-label, 5000) -> MPLS binding SID"
            + " 24005, S-ID 2 copy (tunnel-id, 7) -> tunnel to-egress-peer] (an entry marked copy redirects a copy, the"
            + " original forwarded as usual)", resolve(rule).verdicts().get("copied").effectiveAction());
    }

    @Test
    void singleIndirectionIdToNextHopsIsEcmp() {
        assertEquals("redirect to indirection-id (localised-id, 1) -> ECMP {10.0.0.1, 10.0.0.2}",
            resolve(compile(Flows.dns("one", indirections(new ActionsBuilder(),
                indirection(Enumeration.LocalisedId, 1, 0))))).verdicts().get("one").effectiveAction());
    }

    @Test
    void aConfiguredEntryIsNotUsedWhileTheRoutersLastTablePushFailedAndTheReasonNamesThePush() {
        final RouterView doubted = RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full).build(),
            new RouterTableBuilder().setName(new DeviceRef("pe1")).setEntry(BindingMap.of(new EntryBuilder()
                .setIdType(new IndirectionIdType(Enumeration.LocalisedId)).setId(Uint32.valueOf(1))
                .setTarget(new NextHopsBuilder().setNextHop(Set.of(ipAddressNoZoneFor("10.0.0.1"))).build())
                .build())).build(),
            List.of(), "the last NETCONF push to it failed (unreachable: connection refused)");
        final CompiledRule rule = compile(Flows.dns("one", indirections(new ActionsBuilder(),
            indirection(Enumeration.LocalisedId, 1, 0))));
        final RuleVerdict verdict = resolver.resolve(doubted, List.of(rule), null, NOW).verdicts().get("one");
        assertVerdict(RuleState.InvalidRedirect, List.of(UnresolvedIndirectionId.VALUE), "accept: forward as usual",
            true, verdict);
        assertEquals(Map.of("indirection-id", "(localised-id, 1)", "netconf-push", "failed"),
            leading(verdict).arguments());
        // the sentence names the failed push, which is what the operator has to fix
        assertEquals("invalid redirect-to-indirection-id: indirection-id entry (localised-id, 1) is not known to be"
            + " on the router: the last NETCONF push to it failed (unreachable: connection refused)",
            verdict.reason());
    }

    @Test
    void missingEntryIsAnInvalidRedirectNamingIdTypeAndIdAndTheRuleIsInEffectWithoutIt() {
        final RouterResolution resolution = resolve(compile(Flows.dns("gone", indirections(new ActionsBuilder(),
            indirection(Enumeration.SrMplsNodeIdIndex, 16001, 0)))));
        assertVerdict(RuleState.InvalidRedirect, List.of(UnresolvedIndirectionId.VALUE), "accept: forward as usual",
            true, resolution.verdicts().get("gone"));
        assertEquals(Map.of("indirection-id", "(sr-mpls-node-id-index, 16001)"),
            leading(resolution.verdicts().get("gone")).arguments());
        assertEquals(1, resolution.events().size());
        assertEquals(Map.of("indirection-id", "(sr-mpls-node-id-index, 16001)"), assertInvalidRedirect("gone", "pe1",
            RedirectKind.REDIRECT_TO_INDIRECTION_ID, UnresolvedIndirectionId.VALUE, resolution.events().get(0))
            .arguments());
    }

    @Test
    void missingEntryInAChainLeavesTheRestOfTheChain() {
        final RuleVerdict verdict = resolve(compile(Flows.dns("half", indirections(new ActionsBuilder(),
            indirection(Enumeration.SrMplsBindingSidLabel, 5000, 1),
            indirection(Enumeration.SrMplsBindingSidLabel, 9999, 2)))))
            .verdicts().get("half");
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals("redirect to indirection-id S-ID 1 (sr-mpls-binding-sid-label, 5000) -> MPLS binding SID 24005",
            verdict.effectiveAction());
        assertEquals(List.of(UnresolvedIndirectionId.VALUE), verdict.reasons().codes());
        assertEquals("(sr-mpls-binding-sid-label, 9999)", leading(verdict).argument("indirection-id"));
        assertTrue(verdict.reason().startsWith("partly invalid "), verdict.reason());
    }

    @Test
    void rfc8955RedirectToVrfWinsOverRedirectToIndirectionId() {
        final RuleVerdict verdict = resolve(compile(Flows.dns("clash", Flows.vrf(indirections(new ActionsBuilder(),
            indirection(Enumeration.SrMplsBindingSidLabel, 5000, 0)), 65000, 100)))).verdicts().get("clash");
        assertVerdict(RuleState.Installed, List.of(IndirectionIdOverridden.VALUE),
            "redirect to VRF scrubbing (route target 65000:100)", true, verdict);
        assertEquals("redirect-to-vrf", leading(verdict).argument("redirect"));
    }
}
