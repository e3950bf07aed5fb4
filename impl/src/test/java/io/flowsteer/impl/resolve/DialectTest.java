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
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.engine.FlowspecRoutes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.RedirectToIpEncoding;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.RedirectToVrfIpv6CodePoint;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.DialectBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.Ipv6Builder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint16;

/**
 * Each router gets redirect to IP and IPv6 redirect to VRF in the form it takes: the built-in profile's dialect,
 * or the device's override; a rule the next-hop form cannot carry is not claimed to be installed.
 */
class DialectTest {
    private static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();

    private static RouterView router(final Device device) {
        return RouterViews.of(device, null, Routers.routes("203.0.113.0/24", "10.0.0.1"));
    }

    private static Device overridden(final BuiltInProfile profile, final RedirectToIpEncoding encoding,
            final RedirectToVrfIpv6CodePoint codePoint) {
        final Device device = Routers.builtIn("r", profile).build();
        return Routers.builtIn("r", profile).setCapabilityProfile(new CapabilityProfileBuilder(
            device.getCapabilityProfile()).setDialect(new DialectBuilder().setRedirectToIpEncoding(encoding)
                .setRedirectToVrfIpv6CodePoint(codePoint).build()).build()).build();
    }

    private RuleVerdict verdict(final RouterView router, final CompiledRule rule) {
        return resolver.resolve(router, List.of(rule), null, NOW).verdicts().get(rule.name());
    }

    @Test
    void builtInProfilesCarryTheDialectTheirVendorTakes() {
        assertEquals(Dialect.LEGACY_NEXT_HOP, Capabilities.CISCO_IOS_XR.dialect());
        assertEquals(Dialect.IETF, Capabilities.JUNIPER_JUNOS.dialect());
        assertEquals(Dialect.IETF, Capabilities.HUAWEI_VRP.dialect());
        assertEquals(Dialect.IETF, Capabilities.FULL.dialect());
    }

    @Test
    void aDeviceOverridesItsProfilesDialect() {
        final Capabilities caps = router(overridden(BuiltInProfile.JuniperJunos, RedirectToIpEncoding.Both,
            RedirectToVrfIpv6CodePoint.Draft0x800b)).capabilities();
        assertEquals(new Dialect(RedirectToIpEncoding.Both, RedirectToVrfIpv6.CodePoint.DRAFT_0X800B),
            caps.dialect());
        assertEquals("juniper-junos", caps.profile());
        // an absent leaf keeps the profile's value
        final Device device = Routers.builtIn("r", BuiltInProfile.CiscoIosXr).build();
        final Device onlyVrf = Routers.builtIn("r", BuiltInProfile.CiscoIosXr).setCapabilityProfile(
            new CapabilityProfileBuilder(device.getCapabilityProfile()).setDialect(new DialectBuilder()
                .setRedirectToVrfIpv6CodePoint(RedirectToVrfIpv6CodePoint.Draft0x800b).build()).build()).build();
        assertEquals(RedirectToIpEncoding.LegacyNextHop, router(onlyVrf).capabilities().dialect().redirectToIp());
    }

    @Test
    void iosXrTakesOneRedirectTargetAsTheNextHop() throws Exception {
        final RouterView xr = router(Routers.builtIn("xr", BuiltInProfile.CiscoIosXr).build());
        final CompiledRule rule = compile(Flows.dns("to-scrubber", redirectTo(target("203.0.113.5", false))));
        final RuleVerdict verdict = verdict(xr, rule);
        assertEquals(RuleState.Installed, verdict.state(), verdict.reason());
        assertTrue(verdict.advertise());
        final FlowspecRoute route = FlowspecRoutes.of(rule, verdict, xr.capabilities().dialect());
        assertEquals(new RouteAttributes(List.of(RedirectToIpNextHop.REDIRECT), List.of(), List.of(),
            Routers.address("203.0.113.5")), route.attributes());
    }

    @Test
    void bothSendsTheCommunityAndTheNextHop() throws Exception {
        final RouterView junos = router(overridden(BuiltInProfile.JuniperJunos, RedirectToIpEncoding.Both,
            RedirectToVrfIpv6CodePoint.Rfc8956));
        final CompiledRule rule = compile(Flows.dns("to-scrubber", redirectTo(target("203.0.113.5", false))));
        final RuleVerdict verdict = verdict(junos, rule);
        assertEquals(RuleState.Installed, verdict.state(), verdict.reason());
        final FlowspecRoute route = FlowspecRoutes.of(rule, verdict, junos.capabilities().dialect());
        assertEquals(new RouteAttributes(List.of(new RedirectToIpv4(
            (java.net.Inet4Address) Routers.address("203.0.113.5"), false), RedirectToIpNextHop.REDIRECT), List.of(),
            List.of(), Routers.address("203.0.113.5")), route.attributes());
    }

    @Test
    void severalTargetsAreNotClaimedOnARouterTakingOneNextHop() {
        final RouterView xr = router(Routers.builtIn("xr", BuiltInProfile.CiscoIosXr).build());
        final RuleVerdict verdict = verdict(xr, compile(Flows.dns("two", redirectTo(target("203.0.113.5", false),
            target("203.0.113.6", false)))));
        assertEquals(RuleState.Unsupported, verdict.state());
        assertFalse(verdict.advertise());
        assertEquals(List.of(ActionNotSupported.VALUE), verdict.reasons().codes());
        assertEquals("redirect-to-ip to 2 addresses, which the legacy-next-hop encoding cannot carry (one next hop"
            + " per route, draft-simpson-idr-flowspec-redirect)", leading(verdict).argument("actions"));
    }

    @Test
    void onBothARedirectTheNextHopCannotCarryIsSentInNeitherForm() throws Exception {
        final Device device = overridden(BuiltInProfile.JuniperJunos, RedirectToIpEncoding.Both,
            RedirectToVrfIpv6CodePoint.Rfc8956);
        final RouterView lenient = router(Routers.builtIn("r", BuiltInProfile.JuniperJunos).setCapabilityProfile(
            new CapabilityProfileBuilder(device.getCapabilityProfile()).setActionFailure(
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile
                    .ActionFailure.ContinueOnFailure).build()).build());
        final CompiledRule rule = compile(Flows.dns("two", redirectTo(target("203.0.113.5", false),
            target("203.0.113.6", false))));
        final RuleVerdict verdict = verdict(lenient, rule);
        assertEquals(RuleState.PartiallyInstalled, verdict.state(), verdict.reason());
        assertEquals(RouteAttributes.EMPTY, FlowspecRoutes.of(rule, verdict, lenient.capabilities().dialect())
            .attributes());
    }

    @Test
    void copyIsNotClaimedOnARouterTakingTheNextHopForm() {
        final RouterView xr = router(Routers.builtIn("xr", BuiltInProfile.CiscoIosXr).build());
        final RuleVerdict verdict = verdict(xr, compile(Flows.dns("tap", redirectTo(target("203.0.113.5", true)))));
        assertEquals(RuleState.Unsupported, verdict.state());
        assertEquals("redirect-to-ip 203.0.113.5: copy (C=1), which the legacy-next-hop encoding cannot carry"
            + " (draft-simpson-idr-flowspec-redirect)", leading(verdict).argument("actions"));
    }

    @Test
    void ipv6RedirectToVrfGoesToTheRoutersCodePoint() throws Exception {
        final CompiledRule rule = compile(Flows.dns("vrf6", new ActionsBuilder().setRedirectToVrf(
            new RedirectToVrfBuilder().setRouteTarget(new Ipv6Builder().setIpv6Administrator(
                new Ipv6AddressNoZone("2001:db8::1")).setIpv6AssignedNumber(Uint16.valueOf(300)).build()).build())));
        final RedirectToVrfIpv6 rfc = new RedirectToVrfIpv6((java.net.Inet6Address) Routers.address("2001:db8::1"),
            300);
        final RouterView modern = router(Routers.builtIn("vrp", BuiltInProfile.HuaweiVrp).build());
        final RuleVerdict verdict = verdict(modern, rule);
        // no VRF imports the target on these routers: the redirect is invalid there, the route still sent
        assertTrue(verdict.advertise(), verdict.reason());
        assertEquals(List.of(rfc), FlowspecRoutes.of(rule, verdict, modern.capabilities().dialect()).attributes()
            .ipv6ExtendedCommunities());
        final RouterView older = router(overridden(BuiltInProfile.HuaweiVrp, RedirectToIpEncoding.Ietf,
            RedirectToVrfIpv6CodePoint.Draft0x800b));
        final FlowspecRoute route = FlowspecRoutes.of(rule, verdict(older, rule), older.capabilities().dialect());
        assertEquals(List.of(rfc.at(RedirectToVrfIpv6.CodePoint.DRAFT_0X800B)),
            route.attributes().ipv6ExtendedCommunities());
        assertNull(route.attributes().nextHop());
    }
}
