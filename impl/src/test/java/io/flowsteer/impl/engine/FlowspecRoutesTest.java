/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RawAttribute;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reasons;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroupBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.PathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.sr.policy.segment.list.OriginatorBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The route the speaker sends for a compiled rule carries the redirect to SR Policy segment list action
 * (draft-liu-idr-flowspec-redirect-sr-segment-list section 3) in the BGP Community Container attribute (type 129,
 * optional transitive), next to the redirect group's container when the router gets the group. Every expected
 * octet string is written by hand from the drafts' layouts, not produced by the encoders under test.
 */
class FlowspecRoutesTest {
    /**
     * Wide community container (draft-ietf-idr-wide-bgp-communities section 2): type 1, flags 0, reserved 0,
     * length 63; community value 0x80000002 (Flowsteer's FSv2 Action stand-in), source AS 0, context AS 0;
     * Parameter(s) TLV type 3 of length 48 holding the action sub-TLV of draft-liu section 3.1: sub-type 0xfff0,
     * length 44, flags F (0x80), AFI 1, reserved, color 10, endpoint 192.0.2.9, Protocol-Origin 30, Originator
     * (ASN 65000, node 192.0.2.2 in the low-order 4 of 16 octets), Discriminator 1, Segment List ID 3.
     */
    private static final String SR_CONTAINER = "0001 00 00 003f 80000002 00000000 00000000 03 0030"
        + " fff0 002c 80 0001 00 0000000a c0000209 0000001e"
        + " 0000fde8 00000000 00000000 00000000 c0000202 00000001 00000003";
    /** Redirect group (draft-wu section 2): value 0x80000001, one path-tlv type 1 (flags 0, 10.0.0.1). */
    private static final String GROUP_CONTAINER = "0001 00 00 0018 80000001 00000000 00000000 03 0009"
        + " 01 0006 0000 0a000001";
    private static final int OPTIONAL_TRANSITIVE = 0xc0;
    private static final int COMMUNITY_CONTAINER = 129;

    private final RuleCompiler compiler = new RuleCompiler();

    @Test
    void anFsv2RuleWithTheSrActionCarriesAttribute129WithExactlyTheDraftsBytes() {
        final FlowspecRoute route = FlowspecRoutes.of(compile(false), verdict(false));
        assertEquals(BgpFamily.IPV4_FSV2, route.family());
        assertEquals(List.of(new RawAttribute(OPTIONAL_TRANSITIVE, COMMUNITY_CONTAINER, octets(SR_CONTAINER))),
            route.attributes().others());
    }

    @Test
    void theGroupAndTheSrActionGoInOneAttributeWhenTheRouterGetsTheGroup() {
        final FlowspecRoute route = FlowspecRoutes.of(compile(true), verdict(true));
        assertEquals(List.of(new RawAttribute(OPTIONAL_TRANSITIVE, COMMUNITY_CONTAINER,
            octets(GROUP_CONTAINER + SR_CONTAINER))), route.attributes().others());
    }

    @Test
    void aVerdictThatDropsTheGroupKeepsTheSrAction() {
        final FlowspecRoute route = FlowspecRoutes.of(compile(true), verdict(false));
        assertEquals(List.of(new RawAttribute(OPTIONAL_TRANSITIVE, COMMUNITY_CONTAINER, octets(SR_CONTAINER))),
            route.attributes().others());
    }

    @Test
    void theUpdateCarriesTheAttributeHeaderAndValueOctetForOctet() {
        final FlowspecRoute route = FlowspecRoutes.of(compile(false), verdict(false));
        final List<byte[]> updates = new UpdateMessageEncoder(new ExtendedCommunityCodec()).advertise(
            route.family(), route.attributes(), List.of(route.nlri()), new SessionEncoding(65000, false, true, 4096));
        assertEquals(1, updates.size());
        // flags optional transitive (0xc0), type 129 (0x81), length 69 (0x45, 6 + 63), then the container
        final String attribute = compact("c0 81 45 " + SR_CONTAINER);
        final String update = HexFormat.of().formatHex(updates.get(0));
        assertTrue(update.contains(attribute), update);
        assertEquals(update.indexOf(attribute), update.lastIndexOf(attribute), "sent once");
    }

    private CompiledRule compile(final boolean withGroup) {
        final ActionsBuilder actions = new ActionsBuilder().setRedirectToSrPolicySegmentList(
            new RedirectToSrPolicySegmentListBuilder().setColor(Uint32.valueOf(10)).setEndpoint(ipv4("192.0.2.9"))
                .setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration.Configuration))
                .setOriginator(new OriginatorBuilder().setAsn(Uint32.valueOf(65000)).setAddress(ipv4("192.0.2.2"))
                    .build())
                .setDiscriminator(Uint32.ONE).setSegmentListId(Uint32.valueOf(3)).setFallback(true).build());
        if (withGroup) {
            actions.setRedirectLoadBalancingGroup(new RedirectLoadBalancingGroupBuilder().setPath(BindingMap.of(
                new PathBuilder().setId(Uint8.ONE).setEndpoint(ipv4("10.0.0.1")).build())).build());
        }
        final Compilation compilation = compiler.compile(Rules.dns("pin", "192.0.2.0/24")
            .setVersion(FlowspecVersion.Fsv2).setActions(actions.build()).build());
        return assertInstanceOf(Compilation.Compiled.class, compilation).rule();
    }

    private static RuleVerdict verdict(final boolean sendRedirectGroup) {
        return new RuleVerdict(RuleState.Installed, Reasons.NONE, "pinned", true, sendRedirectGroup, null);
    }

    private static IpAddressNoZone ipv4(final String address) {
        return new IpAddressNoZone(new Ipv4AddressNoZone(address));
    }

    private static Octets octets(final String hex) {
        return Octets.fromHex(compact(hex));
    }

    private static String compact(final String hex) {
        return hex.replace(" ", "");
    }
}
