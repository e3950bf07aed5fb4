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
import static io.flowsteer.impl.resolve.Verdicts.assertInvalidRedirect;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectIpLowestOnly;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnvalidatedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.VrfNotConfigured;

class RedirectToIpTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final List<UnicastRoute> ROUTES = Routers.routes(
        "203.0.113.0/24", "10.0.0.2",
        "203.0.113.0/24", "10.0.0.1",
        "203.0.0.0/8", "10.0.0.9",
        "198.51.100.0/24", "10.0.0.3");

    private final RuleResolver resolver = new RuleResolver();

    private static RouterView router(final BuiltInProfile profile, final List<UnicastRoute> routes) {
        return RouterViews.of(Routers.builtIn("r1", profile).build(), null, routes);
    }

    private RuleVerdict verdict(final RouterView router, final CompiledRule rule) {
        return resolver.resolve(router, List.of(rule), null, NOW).verdicts().get(rule.name());
    }

    @Test
    void redirectFollowsTheLongestPrefixMatchOverEqualBestPaths() {
        assertVerdict(RuleState.Installed, List.of(), "redirect to 203.0.113.5 via ECMP {10.0.0.1, 10.0.0.2}", true,
            verdict(router(BuiltInProfile.HuaweiVrp, ROUTES), compile(Flows.dns("scrub",
                redirectTo(target("203.0.113.5", false))))));
    }

    @Test
    void withoutBestPathEcmpTheRouterUsesOneNextHop() {
        final RouterView router = RouterViews.of(Routers.custom("r1", Routers.allRedirectToIp()
            .setBestPathEcmp(false), Routers.allActions(), ActionFailure.StopOnFailure).build(), null, ROUTES);
        assertEquals("redirect to 203.0.113.5 via 10.0.0.1", verdict(router, compile(Flows.dns("scrub",
            redirectTo(target("203.0.113.5", false))))).effectiveAction());
    }

    @Test
    void withoutLongestPrefixMatchOnlyAHostRouteResolves() {
        final RouterView router = RouterViews.of(Routers.custom("r1", Routers.allRedirectToIp()
            .setLongestPrefixMatch(false), Routers.allActions(), ActionFailure.StopOnFailure).build(), null,
            Routers.routes("203.0.113.0/24", "10.0.0.1", "203.0.113.7/32", "10.0.0.7"));
        assertEquals("redirect to 203.0.113.7 via 10.0.0.7", verdict(router, compile(Flows.dns("host",
            redirectTo(target("203.0.113.7", false))))).effectiveAction());
        final RuleVerdict covered = verdict(router, compile(Flows.dns("covered",
            redirectTo(target("203.0.113.5", false)))));
        assertEquals(RuleState.InvalidRedirect, covered.state());
        assertEquals(List.of(UnresolvedNextHop.VALUE), covered.reasons().codes());
        // why a route that covers the target does not do: the router's lookup, in the sentence
        assertTrue(covered.reason().contains("host routes only"), covered.reason());
    }

    @Test
    void unresolvableTargetIsAnInvalidRedirectReportedOnceAndTheRuleStaysInEffect() {
        final CompiledRule rule = compile(Flows.dns("lost", redirectTo(target("192.0.2.200", false))));
        final RouterView router = router(BuiltInProfile.JuniperJunos, ROUTES);
        final RouterResolution first = resolver.resolve(router, List.of(rule), null, NOW);
        final RuleVerdict verdict = first.verdicts().get("lost");
        assertVerdict(RuleState.InvalidRedirect, List.of(UnresolvedNextHop.VALUE), "accept: forward as usual", true,
            verdict);
        assertEquals(Map.of("address", "192.0.2.200", "table", "the global table"), leading(verdict).arguments());
        assertEquals(1, first.events().size());
        assertEquals(Map.of("address", "192.0.2.200", "table", "the global table"), assertInvalidRedirect("lost", "r1",
            RedirectKind.REDIRECT_TO_IP, UnresolvedNextHop.VALUE, first.events().get(0)).arguments());

        final RouterResolution again = resolver.resolve(router, List.of(rule), first, NOW);
        assertEquals(verdict, again.verdicts().get("lost"));
        assertEquals(List.of(), again.events(), "no transition, no event");

        final RouterResolution healed = resolver.resolve(router(BuiltInProfile.JuniperJunos, Routers.routes(
            "192.0.2.0/24", "10.0.0.4")), List.of(rule), again, NOW);
        assertVerdict(RuleState.Installed, List.of(), "redirect to 192.0.2.200 via 10.0.0.4", true,
            healed.verdicts().get("lost"));
        assertEquals(List.of(), healed.events());
    }

    @Test
    void severalCommunitiesGiveEcmpWhereSupportedAndTheLowestAddressElsewhere() {
        final CompiledRule rule = compile(Flows.dns("two", redirectTo(target("203.0.113.5", false),
            target("198.51.100.5", false))));
        assertEquals("redirect via ECMP over {198.51.100.5 via 10.0.0.3, 203.0.113.5 via ECMP {10.0.0.1, 10.0.0.2}}",
            verdict(router(BuiltInProfile.JuniperJunos, ROUTES), rule).effectiveAction());
        final RuleVerdict huawei = verdict(router(BuiltInProfile.HuaweiVrp, ROUTES), rule);
        assertEquals(RuleState.Installed, huawei.state());
        assertEquals("redirect to 198.51.100.5 via 10.0.0.3", huawei.effectiveAction());
        assertEquals(List.of(RedirectIpLowestOnly.VALUE), huawei.reasons().codes());
        assertEquals(Map.of("address", "198.51.100.5", "copy", "false"), leading(huawei).arguments());
    }

    @Test
    void copyRedirectsACopyAndKeepsForwardingTheOriginal() {
        assertEquals("redirect copy to 203.0.113.5 via ECMP {10.0.0.1, 10.0.0.2} (original forwarded as usual)",
            verdict(router(BuiltInProfile.Full, ROUTES), compile(Flows.dns("tap",
                redirectTo(target("203.0.113.5", true))))).effectiveAction());
    }

    @Test
    void redirectToIpInsideRedirectToVrfResolvesInThatVrf() {
        final RouterView junos = RouterViews.of(Routers.builtIn("r1", BuiltInProfile.JuniperJunos)
            .setStaticRoutes(Routers.staticRoutes(Routers.vrf("scrubbing", "65000:100", "203.0.113.0/24",
                "172.16.0.1")).build()).build(), null, ROUTES);
        final CompiledRule rule = compile(Flows.dns("in-vrf", Flows.vrf(redirectTo(target("203.0.113.5", false)),
            65000, 100)));
        assertVerdict(RuleState.Installed, List.of(), "redirect to VRF scrubbing (route target 65000:100);"
            + " redirect to 203.0.113.5 via 172.16.0.1 in VRF scrubbing", true, verdict(junos, rule));
        final RouterView huawei = RouterViews.of(Routers.builtIn("r2", BuiltInProfile.HuaweiVrp).build(), null,
            ROUTES);
        assertEquals(RuleState.Unsupported, verdict(huawei, rule).state(), "Huawei: no redirect-to-IP in VRF");
    }

    @Test
    void routerThatDoesNotValidateInstallsAnUnresolvedRedirectAndSaysTrafficMayBeDropped() {
        final RouterView router = RouterViews.of(Routers.custom("r1", Routers.allRedirectToIp().setValidation(false),
            Routers.allActions(), ActionFailure.StopOnFailure).build(), null, ROUTES);
        final RuleVerdict verdict = verdict(router, compile(Flows.dns("blind",
            redirectTo(target("192.0.2.200", false)))));
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals("redirect to 192.0.2.200 (unresolved)", verdict.effectiveAction());
        assertEquals(List.of(UnvalidatedNextHop.VALUE), verdict.reasons().codes());
        assertEquals(Map.of("address", "192.0.2.200", "table", "the global table"), leading(verdict).arguments());
    }

    @Test
    void ipv6TargetResolvesInIpv6Routes() {
        final RouterView router = router(BuiltInProfile.HuaweiVrp, Routers.routes("2001:db8:1::/48", "2001:db8::1"));
        assertEquals("redirect to 2001:db8:1::5 via 2001:db8::1", verdict(router, compile(Flows.dns("v6",
            redirectTo(target("2001:db8:1::5", false))))).effectiveAction());
    }

    @Test
    void aVrfTheRouterDoesNotHaveMakesTheVrfRedirectAndTheRedirectInsideItInvalid() {
        final RuleVerdict verdict = verdict(router(BuiltInProfile.JuniperJunos, ROUTES), compile(Flows.dns("no-vrf",
            Flows.vrf(redirectTo(target("203.0.113.5", false)), 65000, 999))));
        assertEquals(RuleState.InvalidRedirect, verdict.state());
        assertEquals("accept: forward as usual", verdict.effectiveAction(), "the router redirects nowhere");
        assertEquals(List.of(VrfNotConfigured.VALUE, UnresolvedNextHop.VALUE), verdict.reasons().codes());
        assertEquals("65000:999", leading(verdict).argument("route-target"));
        // the reason that decides the state comes first in the sentence
        assertTrue(verdict.reason().startsWith("invalid redirect-to-vrf: no VRF with import route target 65000:999"
            + " is configured for router"), verdict.reason());
    }
}
