/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Flows.group;
import static io.flowsteer.impl.resolve.Flows.path;
import static io.flowsteer.impl.resolve.Flows.redirectTo;
import static io.flowsteer.impl.resolve.Flows.target;
import static io.flowsteer.impl.resolve.Routers.address;
import static io.flowsteer.impl.resolve.Verdicts.assertInvalidRedirect;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.impl.compile.CompiledRule;
import java.net.Inet4Address;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectGroupNotUsed;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedRedirectGroup;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

class RedirectGroupTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();

    private static RouterView router(final RedirectGroupPrecedence situation) {
        return RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full).setRedirectGroupPrecedence(situation)
            .build(), null, Routers.routes("203.0.113.0/24", "10.0.0.1", "198.51.100.0/24", "10.0.0.3",
                "198.51.100.0/24", "10.0.0.4"));
    }

    private RouterResolution resolve(final RouterView router, final CompiledRule rule) {
        return resolver.resolve(router, List.of(rule), null, NOW);
    }

    @Test
    void situationAIgnoresTheGroupAndUsesTheRedirectCommunities() {
        final RuleVerdict verdict = resolve(router(RedirectGroupPrecedence.SituationA), compile(Flows.dns("lb",
            group(redirectTo(target("203.0.113.5", false)), path(1, "198.51.100.5", null))))).verdicts().get("lb");
        assertVerdict(RuleState.Installed, List.of(RedirectGroupNotUsed.VALUE), "redirect to 203.0.113.5 via 10.0.0.1",
            true, verdict);
        assertEquals("pe1", leading(verdict).argument("device"));
    }

    @Test
    void situationBBalancesOverThePathsAndAddsTheCompatibilityCommunityForTheLowestAddress() {
        final RuleVerdict verdict = resolve(router(RedirectGroupPrecedence.SituationB), compile(Flows.dns("lb",
            group(new ActionsBuilder(), path(1, "203.0.113.5", null), path(2, "198.51.100.5", null)))))
            .verdicts().get("lb");
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals("redirect to group ECMP {203.0.113.5 via 10.0.0.1, 198.51.100.5 via ECMP {10.0.0.3, 10.0.0.4}};"
            + " compatibility redirect-to-IP community for 198.51.100.5", verdict.effectiveAction());
        assertTrue(verdict.sendRedirectGroup());
        assertEquals(new RedirectToIpv4((Inet4Address) address("198.51.100.5"), false),
            verdict.compatibilityRedirect());
    }

    @Test
    void allPathsWeightedMakeUcmpAndTheWeightsAreShown() {
        assertEquals("redirect to group UCMP {203.0.113.5 weight 3 via 10.0.0.1, 198.51.100.5 weight 1 via ECMP"
            + " {10.0.0.3, 10.0.0.4}}; compatibility redirect-to-IP community for 198.51.100.5",
            resolve(router(RedirectGroupPrecedence.SituationB), compile(Flows.dns("ucmp", group(new ActionsBuilder(),
                path(1, "203.0.113.5", 3), path(2, "198.51.100.5", 1))))).verdicts().get("ucmp").effectiveAction());
    }

    @Test
    void invalidPathsDropOutOfTheGroupWithAnEvent() {
        final RouterResolution resolution = resolve(router(RedirectGroupPrecedence.SituationB),
            compile(Flows.dns("lb", group(new ActionsBuilder(), path(1, "203.0.113.5", 2), path(2, "192.0.2.77", 5),
                path(3, "2001:db8::5", 1)))));
        final RuleVerdict verdict = resolution.verdicts().get("lb");
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals("redirect to group UCMP {203.0.113.5 weight 2 via 10.0.0.1}; compatibility redirect-to-IP"
            + " community for 203.0.113.5", verdict.effectiveAction());
        final String why = "path 192.0.2.77: 192.0.2.77 has no route in the global table, path 2001:db8::5 is IPV6 in"
            + " an IPV4 rule";
        // the wording is the point here: every path that dropped out is named
        assertEquals("partly invalid redirect-load-balancing-group: " + why, verdict.reason());
        assertEquals(List.of(UnresolvedRedirectGroup.VALUE), verdict.reasons().codes());
        assertEquals(Map.of("invalid-paths", "2", "valid-paths", "1"), leading(verdict).arguments());
        assertEquals(1, resolution.events().size());
        assertEquals(why, assertInvalidRedirect("lb", "pe1", RedirectKind.REDIRECT_LOAD_BALANCING_GROUP,
            UnresolvedRedirectGroup.VALUE, resolution.events().get(0)).sentence());
    }

    @Test
    void groupWithNoValidPathIsHandledAsAbsentSoTheRedirectCommunitiesApply() {
        final RuleVerdict verdict = resolve(router(RedirectGroupPrecedence.SituationB), compile(Flows.dns("lb",
            group(redirectTo(target("203.0.113.5", false)), path(1, "192.0.2.77", null))))).verdicts().get("lb");
        assertEquals(RuleState.InvalidRedirect, verdict.state());
        assertEquals("redirect to 203.0.113.5 via 10.0.0.1", verdict.effectiveAction());
        assertFalse(verdict.sendRedirectGroup());
        assertNull(verdict.compatibilityRedirect());
    }

    @Test
    void coloredPathNeedsAUsableSrPolicyOfThatColorAndEndpoint() {
        final RouterView router = RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full)
            .setRedirectGroupPrecedence(RedirectGroupPrecedence.SituationB)
            .setSrPolicies(Routers.srPolicies(Routers.srPolicy(10, "192.0.2.9", Routers.candidatePath(7, 100, true,
                Routers.segmentList(1, true, "16001"))), Routers.srPolicy(20, "192.0.2.10", Routers.candidatePath(7,
                100, true, Routers.segmentList(1, false, "16002")))).build()).build(), null, List.of());
        final RuleVerdict verdict = resolve(router, compile(Flows.dns("te", group(new ActionsBuilder(),
            new PathBuilder().setId(Uint8.ONE).setEndpoint(ipAddressNoZoneFor("192.0.2.9")).setColor(Uint32.TEN)
                .build(),
            new PathBuilder().setId(Uint8.TWO).setEndpoint(ipAddressNoZoneFor("192.0.2.10"))
                .setColor(Uint32.valueOf(20)).build())))).verdicts().get("te");
        assertEquals("redirect to group ECMP {192.0.2.9 color 10 via SR Policy (color 10, endpoint 192.0.2.9)};"
            + " compatibility redirect-to-IP community for 192.0.2.9", verdict.effectiveAction());
        assertEquals(List.of(UnresolvedRedirectGroup.VALUE), verdict.reasons().codes());
        assertEquals("1", leading(verdict).argument("invalid-paths"));
    }
}
