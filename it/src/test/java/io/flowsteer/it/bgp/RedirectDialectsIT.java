/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.engine.FlowspecRoutes;
import io.flowsteer.impl.resolve.RouterView;
import io.flowsteer.impl.resolve.RouterViews;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.it.Eventually;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.RedirectToVrfIpv6CodePoint;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.DialectBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltInBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.TargetBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.Ipv6Builder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;

/**
 * One rule, redirect to 192.0.2.1, resolved for two routers at once: one on the Cisco IOS-XR profile, which takes
 * redirect to IP in the legacy next-hop form (draft-simpson-idr-flowspec-redirect section 3: community 0x0800, the
 * target as MP_REACH_NLRI next hop), and one on the Huawei VRP profile, which takes the community of
 * draft-ietf-idr-flowspec-redirect-ip (0x010c). Each route is checked as an independent decoder shows it: FRR's
 * bgpd for the legacy router, gobgpd for the IETF one; gobgpd also gets the legacy route once, which it keeps
 * but does not decode. A second rule, redirect to VRF with an IPv6 route target, goes out at each
 * {@code redirect-to-vrf-ipv6-code-point} to both. No Karaf: the resolver and route shaping the engine runs, in
 * this JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectDialectsIT {
    private static final String GOBGP_ADDRESS = "127.0.0.44";
    private static final String GOBGP_SPEAKER_ADDRESS = "127.0.0.45";
    private static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");

    private Frr frr;
    private Gobgp gobgp;
    private SpeakerUnderTest toFrr;
    private SpeakerUnderTest toGobgp;
    private CompiledRule rule;
    private CompiledRule toVrf6;

    @BeforeAll
    void start() throws Exception {
        frr = Frr.start();
        gobgp = Gobgp.start(GOBGP_ADDRESS, GOBGP_SPEAKER_ADDRESS, "gobgpd-dialects");
        toFrr = new SpeakerUnderTest(InetAddress.getByName(Frr.SPEAKER_ADDRESS), Frr.SPEAKER_AS,
            InetAddress.getByName(Frr.ADDRESS), frr.port(), Frr.AS, EnumSet.of(BgpFamily.IPV4_FLOWSPEC));
        toGobgp = new SpeakerUnderTest(InetAddress.getByName(GOBGP_SPEAKER_ADDRESS), Gobgp.SPEAKER_AS,
            InetAddress.getByName(GOBGP_ADDRESS), gobgp.bgpPort(), Gobgp.AS, EnumSet.of(BgpFamily.IPV4_FLOWSPEC));
        rule = assertInstanceOf(Compilation.Compiled.class, new RuleCompiler().compile(
            new RuleBuilder().setName("to-scrubber").setVersion(FlowspecVersion.Fsv1)
                .setAddressFamily(AddressFamily.Ipv4).setMatch(new MatchBuilder().setDestinationPrefix(
                    new DestinationPrefixBuilder().setPrefix(new IpPrefix("10.20.0.0/16")).build()).build())
                .setActions(new ActionsBuilder().setRedirectToIp(
                    new RedirectToIpBuilder().setTarget(BindingMap.of(new TargetBuilder()
                        .setAddress(IetfInetUtil.ipAddressNoZoneFor("192.0.2.1")).setCopy(false).build())).build())
                    .build()).build())).rule();
        toVrf6 = assertInstanceOf(Compilation.Compiled.class, new RuleCompiler().compile(
            new RuleBuilder().setName("to-vrf6").setVersion(FlowspecVersion.Fsv1)
                .setAddressFamily(AddressFamily.Ipv4).setMatch(new MatchBuilder().setDestinationPrefix(
                    new DestinationPrefixBuilder().setPrefix(new IpPrefix("10.30.0.0/16")).build()).build())
                .setActions(new ActionsBuilder().setRedirectToVrf(new RedirectToVrfBuilder().setRouteTarget(
                    new Ipv6Builder().setIpv6Administrator(new Ipv6AddressNoZone("2001:db8::1"))
                        .setIpv6AssignedNumber(Uint16.valueOf(300)).build()).build()).build()).build())).rule();
        toFrr.awaitEstablished();
        toGobgp.awaitEstablished();
    }

    @AfterAll
    void stop() {
        if (toFrr != null) {
            toFrr.close();
        }
        if (toGobgp != null) {
            toGobgp.close();
        }
        if (frr != null) {
            frr.close();
        }
        if (gobgp != null) {
            gobgp.close();
        }
    }

    private FlowspecRoute routeFor(final Device device) {
        return routeFor(rule, device);
    }

    private static FlowspecRoute routeFor(final CompiledRule compiled, final Device device) {
        final RouterView view = RouterViews.of(device, null, List.of());
        final RuleVerdict verdict = new RuleResolver().resolve(view, List.of(compiled), null, NOW).verdicts()
            .get(compiled.name());
        return FlowspecRoutes.of(compiled, verdict, view.capabilities().dialect());
    }

    private static Device device(final String name, final BuiltInProfile profile) {
        return new DeviceBuilder().setName(new DeviceRef(name)).setCapabilityProfile(new CapabilityProfileBuilder()
            .setProfile(new BuiltInBuilder().setBuiltIn(profile).build()).build()).build();
    }

    @Test
    void eachRouterGetsTheRuleInItsDialectAsItsDecoderShowsIt() throws Exception {
        final FlowspecRoute legacy = routeFor(device("xr", BuiltInProfile.CiscoIosXr));
        final FlowspecRoute ietf = routeFor(device("vrp", BuiltInProfile.HuaweiVrp));
        toFrr.advertise(List.of(legacy));
        toGobgp.advertise(List.of(ietf));
        // FRR 8.4 decodes the legacy form: the community as "redirect IP" and the route's next hop as the target
        // (its detail json leaves both out, the text shows them)
        Eventually.await("FRR shows the legacy redirect", SpeakerUnderTest.TIMEOUT, Duration.ofMillis(200),
            () -> frr.vtysh("show bgp ipv4 flowspec detail"), text -> text.contains("Destination Address 10.20.0.0/16")
                && text.contains("FS:redirect IP 0x0") && text.contains("NLRI NH 192.0.2.1"));
        // gobgpd decodes the draft-ietf-idr-flowspec-redirect-ip community: type 0x01, sub-type 0x0c
        final String shown = Eventually.await("gobgpd shows the IETF redirect", SpeakerUnderTest.TIMEOUT,
            Duration.ofMillis(200), () -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec", "-j"),
            text -> text.contains("10.20.0.0/16"));
        assertTrue(shown.contains("{\"type\":16,\"value\":[{\"type\":1,\"subtype\":12,\"value\":\"192.0.2.1:0\"}]}"),
            shown);
        // gobgpd 3 keeps the legacy community as an opaque type 8 sub-type 0 and does not show the flowspec next
        // hop (0.0.0.0 whatever was sent): it is no decoder of that form, FRR is
        toGobgp.advertise(List.of(legacy));
        final String opaque = Eventually.await("gobgpd gets the legacy route", SpeakerUnderTest.TIMEOUT,
            Duration.ofMillis(200), () -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec", "-j"),
            text -> text.contains("\"type\":8,\"subtype\":0"));
        assertTrue(!opaque.contains("\"subtype\":12"), opaque);
    }

    /**
     * IPv6 redirect to VRF at the code point of the draft before RFC 8956 (0x800b) is what gobgpd 3.10 and FRR 8.4
     * decode as a redirect; at RFC 8956's 0x000d both keep the community without reading it as one. The same rule
     * is resolved for a router on each {@code redirect-to-vrf-ipv6-code-point} and each route checked as both
     * decoders show it.
     */
    @Test
    void ipv6RedirectToVrfGoesOutAtEachRoutersCodePointAsTheDecodersShowIt() throws Exception {
        final Device modern = device("modern", BuiltInProfile.HuaweiVrp);
        final Device older = new DeviceBuilder(modern).setName(new DeviceRef("older")).setCapabilityProfile(
            new CapabilityProfileBuilder(modern.getCapabilityProfile()).setDialect(new DialectBuilder()
                .setRedirectToVrfIpv6CodePoint(RedirectToVrfIpv6CodePoint.Draft0x800b).build()).build()).build();
        final FlowspecRoute draft = routeFor(toVrf6, older);
        toGobgp.advertise(List.of(draft));
        toFrr.advertise(List.of(draft));
        // gobgpd: type 0x80, sub-type 0x0b, its redirect IPv6 community, shown as address:local-administrator
        awaitGobgpVrf6("{\"type\":25,\"value\":[{\"type\":128,\"subtype\":11,\"value\":\"2001:db8::1:300\"}]}");
        assertTrue(gobgp.cli("global", "rib", "-a", "ipv4-flowspec").contains("redirect: 2001:db8::1:300"));
        awaitFrrVrf6("FS:redirect VRF RT:2001:db8::1:300");

        final FlowspecRoute rfc = routeFor(toVrf6, modern);
        toGobgp.advertise(List.of(rfc));
        toFrr.advertise(List.of(rfc));
        // RFC 8956's type 0x00, sub-type 0x0d: gobgpd shows it as a generic community, FRR as unknown
        awaitGobgpVrf6("{\"type\":25,\"value\":[{\"type\":0,\"subtype\":13,\"value\":\"2001:db8::1:300\"}]}");
        awaitFrrVrf6("UNK:0, 13");
    }

    private void awaitGobgpVrf6(final String community) throws Exception {
        Eventually.await("gobgpd shows " + community, SpeakerUnderTest.TIMEOUT, Duration.ofMillis(200),
            () -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec", "-j"),
            text -> text.contains("10.30.0.0/16") && text.contains(community));
    }

    private void awaitFrrVrf6(final String community) throws Exception {
        Eventually.await("FRR shows " + community, SpeakerUnderTest.TIMEOUT, Duration.ofMillis(200),
            () -> frr.vtysh("show bgp ipv4 flowspec detail"),
            text -> text.contains("Destination Address 10.30.0.0/16") && text.contains(community));
    }
}
