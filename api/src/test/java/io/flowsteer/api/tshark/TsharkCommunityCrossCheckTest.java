/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import static io.flowsteer.api.community.Hex.v4;
import static io.flowsteer.api.community.Hex.v6;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.RedirectToVrfAs4;
import io.flowsteer.api.community.RedirectToVrfIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv1NlriCodec;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the extended community encoder ({@link ExtendedCommunityCodec}) against Wireshark's independent BGP
 * dissector: every FSv1 action of RFC 8955 section 7 (traffic-rate-bytes, traffic-rate-packets, traffic-action
 * with every S/T combination, redirect to VRF in the 2-octet AS, IPv4 and 4-octet AS route target forms,
 * traffic-marking), redirect to IPv4 and redirect to IPv6 (draft-ietf-idr-flowspec-redirect-ip section 3, with and
 * without the copy bit) and the communities tshark does not know (redirect to indirection-id,
 * draft-ietf-idr-flowspec-path-redirect section 4; ACO, draft-ietf-idr-fsv2-ip-basic) are encoded into an UPDATE
 * next to a flowspec NLRI, tshark dissects it, and the fields it reports must equal the model's fields. Fails,
 * never skips, when tshark is missing.
 *
 * <p>Gaps of tshark 4.0, each verified against 4.0.17, where the test asserts what tshark does show:
 * <ul>
 *   <li>traffic-rate-packets (0x80, 0x0c, RFC 8955 section 7.2) is "Unknown subtype": type, sub-type and the six
 *       raw value octets are compared, the raw octets against the 2-octet AS and the IEEE 754 rate of the model;</li>
 *   <li>redirect to IPv4 (0x01, 0x0c) is "Unknown subtype" but tshark splits it as an IPv4-address-specific
 *       community, so the address is compared and the copy bit is compared as the 2-octet local administrator
 *       (1 with copy, 0 without);</li>
 *   <li>the IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY attribute (type 25, RFC 5701) is not dissected at all
 *       ("Unknown Path attributes"): its flags, type code and length are compared, and the value octets tshark
 *       delimits are compared byte for byte with the draft layout built here from the model (type 0x00, sub-type
 *       0x0c, address, C bit); the following MP_REACH_NLRI must still be dissected, which checks the framing;</li>
 *   <li>redirect to indirection-id and ACO are unknown and compared by their raw value octets.</li>
 * </ul>
 * Rates are compared as floats parsed from tshark's 6-significant-digit text (so the rates used have at most 6) and
 * as their exact 4 octets.
 */
class TsharkCommunityCrossCheckTest {
    private static final int EXTENDED_COMMUNITIES = 16;
    private static final int IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY = 25;
    private static final String C = "bgp.ext_com.";
    private static final String RATE = "bgp.ext_com_flow.rate_limit";
    private static final Set<String> FIELDS = Set.of("bgp.ext_community", C + "type", C + "stype_tr_exp",
        C + "stype_tr_exp_2", C + "stype_tr_exp_3", C + "stype_tr_IP4", C + "stype_unknown", C + "value_as2",
        C + "value_an4", C + "value_as4", C + "value_an2", C + "value_IP4", C + "value_fs_dscp", C + "value_raw",
        RATE, "bgp.ext_com_flow.sample", "bgp.ext_com_flow.traff_act");

    private final ExtendedCommunityCodec codec = new ExtendedCommunityCodec();

    @Test
    void tsharkDecodesEveryFsv1ActionRedirectToIpv4AndUnknownCommunitiesAsEncoded()
            throws IOException, InterruptedException {
        final List<RegularExtendedCommunity> communities = List.of(
            new TrafficRateBytes(64512, 1_250_000f),
            new TrafficRateBytes(0, 0f),
            new TrafficRateBytes(65535, 0.5f),
            new TrafficRatePackets(65001, 1000f),
            new TrafficRatePackets(0, 0f),
            new TrafficAction(false, false),
            new TrafficAction(false, true),
            new TrafficAction(true, false),
            new TrafficAction(true, true),
            new RedirectToVrfAs2(65010, 4_000_000_000L),
            new RedirectToVrfAs2(0, 1),
            new RedirectToVrfIpv4(v4("198.51.100.7"), 300),
            new RedirectToVrfIpv4(v4("255.255.255.255"), 65535),
            new RedirectToVrfAs4(4_200_000_001L, 65000),
            new RedirectToVrfAs4(65536, 0),
            new TrafficMarking(46),
            new TrafficMarking(0),
            new TrafficMarking(63),
            new RedirectToIpv4(v4("192.0.2.9"), true),
            new RedirectToIpv4(v4("192.0.2.10"), false),
            new RedirectToIndirectionId(5, true, 1, 123_456),
            new RedirectToIndirectionId(15, false, 255, 4_294_967_295L),
            new ActionChainOrdering(ActionChainOrdering.INTERACTION_LOCAL_CONFIG,
                ActionChainOrdering.FAILURE_CONTINUE),
            new RedirectToIpNextHop(false),
            new RedirectToIpNextHop(true));
        final ByteBuf value = Unpooled.buffer();
        codec.encodeAttribute(communities, value);
        final TsharkHarness.Dissection dissection = dissectWithFlowspecNlri(EXTENDED_COMMUNITIES, value, Afi.IPV4);

        final List<String> expected = new ArrayList<>();
        final List<Float> rates = new ArrayList<>();
        for (RegularExtendedCommunity community : communities) {
            expectCommunity(community, expected, rates);
        }
        final List<String> actual = dissection.entries(FIELDS);
        assertEquals(expected.size(), actual.size(), () -> "expected " + expected + "\nactual   " + actual);
        for (int i = 0; i < expected.size(); i++) {
            final String want = expected.get(i);
            final String got = actual.get(i);
            if (want.startsWith(RATE + "~")) {
                assertEquals(Float.parseFloat(want.substring(RATE.length() + 1)),
                    Float.parseFloat(got.substring(RATE.length() + 1)), "entry " + i + " of " + actual);
            } else {
                assertEquals(want, got, "entry " + i + " of " + actual);
            }
        }
        final List<String> rateOctets = new ArrayList<>();
        for (float rate : rates) {
            rateOctets.add(String.format("%08x", Float.floatToRawIntBits(rate)));
        }
        assertEquals(rateOctets, dissection.attributes(RATE, "value"), "traffic-rate octets, exactly");
    }

    @Test
    void tsharkFramesRedirectToIpv6WithAndWithoutCopyAsEncodedOctets() throws IOException, InterruptedException {
        final List<Ipv6ExtendedCommunity> communities = List.of(
            new RedirectToIpv6(v6("2001:db8::1"), true),
            new RedirectToIpv6(v6("2001:db8:ffff::2"), false),
            new RedirectToVrfIpv6(v6("2001:db8::3"), 300));
        final ByteBuf value = Unpooled.buffer();
        codec.encodeIpv6Attribute(communities, value);
        final TsharkHarness.Dissection dissection = dissectWithFlowspecNlri(IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY,
            value, Afi.IPV6);

        assertEquals(List.of("1", "2", String.valueOf(IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY), "14"),
            dissection.values("bgp.update.path_attribute.type_code"));
        assertEquals("0xc0", dissection.values("bgp.update.path_attribute.flags").get(2));
        assertEquals("60", dissection.values("bgp.update.path_attribute.length").get(2));
        final List<String> sizes = dissection.attributes("bgp.update.path_attributes.unknown", "size");
        assertEquals(List.of("60"), sizes, "tshark 4.0 leaves attribute 25 undissected");
        final int pos = Integer.parseInt(dissection.attributes("bgp.update.path_attributes.unknown", "pos").get(0));
        assertEquals(
            "000c" + "20010db8000000000000000000000001" + "0001"
                + "000c" + "20010db8ffff00000000000000000002" + "0000"
                + "000d" + "20010db8000000000000000000000003" + "012c",
            dissection.frameHex(pos, 60));
    }

    private static void expectCommunity(final RegularExtendedCommunity community, final List<String> expected,
            final List<Float> rates) {
        expected.add("bgp.ext_community=");
        if (community instanceof TrafficRateBytes rate) {
            header(expected, 0x80, 0x06);
            expected.add(C + "value_as2=" + rate.asNumber());
            expected.add(RATE + "~" + rate.rate());
            rates.add(rate.rate());
        } else if (community instanceof TrafficRatePackets rate) {
            header(expected, 0x80, 0x0c);
            expected.add(raw(String.format("%04x%08x", rate.asNumber(), Float.floatToRawIntBits(rate.rate()))));
        } else if (community instanceof TrafficAction action) {
            header(expected, 0x80, 0x07);
            expected.add("bgp.ext_com_flow.sample=" + (action.sample() ? 1 : 0));
            expected.add("bgp.ext_com_flow.traff_act=" + (action.terminal() ? 1 : 0));
        } else if (community instanceof RedirectToVrfAs2 rt) {
            header(expected, 0x80, 0x08);
            expected.add(C + "value_as2=" + rt.asNumber());
            expected.add(C + "value_an4=" + rt.localAdministrator());
        } else if (community instanceof RedirectToVrfIpv4 rt) {
            header(expected, 0x81, 0x08);
            expected.add(C + "value_IP4=" + rt.globalAdministrator().getHostAddress());
            expected.add(C + "value_an2=" + rt.localAdministrator());
        } else if (community instanceof RedirectToVrfAs4 rt) {
            header(expected, 0x82, 0x08);
            expected.add(C + "value_as4=" + rt.asNumber());
            expected.add(C + "value_an2=" + rt.localAdministrator());
        } else if (community instanceof TrafficMarking marking) {
            header(expected, 0x80, 0x09);
            expected.add(C + "value_fs_dscp=" + String.format("0x%02x", marking.dscp()));
        } else if (community instanceof RedirectToIpv4 redirect) {
            header(expected, 0x01, 0x0c);
            expected.add(C + "value_IP4=" + redirect.target().getHostAddress());
            expected.add(C + "value_an2=" + (redirect.copy() ? 1 : 0));
        } else if (community instanceof RedirectToIndirectionId redirect) {
            header(expected, 0x09, 0x00);
            expected.add(raw(String.format("%02x%02x%08x", redirect.sequenceId() << 1 | (redirect.copy() ? 1 : 0),
                redirect.idType(), redirect.indirectionId())));
        } else if (community instanceof RedirectToIpNextHop redirect) {
            header(expected, 0x08, 0x00);
            expected.add(raw(String.format("0000000000%02x", redirect.copy() ? 1 : 0)));
        } else if (community instanceof ActionChainOrdering aco) {
            header(expected, 0x80, 0xf0);
            expected.add(raw(String.format("%02x%02x00000000", aco.interaction(), aco.failure())));
        } else {
            throw new IllegalArgumentException("no expectation for " + community);
        }
    }

    private static void header(final List<String> expected, final int type, final int subType) {
        expected.add(C + "type=" + String.format("0x%02x", type));
        final String subTypeField = switch (type) {
            case 0x80 -> "stype_tr_exp";
            case 0x81 -> "stype_tr_exp_2";
            case 0x82 -> "stype_tr_exp_3";
            case 0x01 -> "stype_tr_IP4";
            default -> "stype_unknown";
        };
        expected.add(C + subTypeField + "=" + String.format("0x%02x", subType));
    }

    private static String raw(final String sixOctets) {
        // tshark shows the 6 value octets as a 64-bit number
        return C + "value_raw=0x0000" + sixOctets;
    }

    private static byte[] nlri(final Afi afi) {
        final Fsv1Nlri rule = afi == Afi.IPV4
            ? new Fsv1Nlri(afi, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
                new byte[] {(byte) 192, 0, 2, 0}, 24), NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17))
            : new Fsv1Nlri(afi, IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
                HexFormat.of().parseHex("20010db8000000000000000000000000"), 0, 32),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17));
        final ByteBuf out = Unpooled.buffer();
        new Fsv1NlriCodec(afi, false).encode(rule, out);
        return ByteBufUtil.getBytes(out);
    }

    /**
     * Dissects an UPDATE carrying ORIGIN, AS_PATH, an optional transitive attribute of the given type with the
     * given value, and an MP_REACH_NLRI with one flowspec NLRI of the family, and checks that tshark found the NLRI
     * after the attribute (so the attribute was framed as encoded).
     */
    private static TsharkHarness.Dissection dissectWithFlowspecNlri(final int attributeType, final ByteBuf value,
            final Afi afi) throws IOException, InterruptedException {
        final byte[] attribute = TsharkHarness.pathAttribute(TsharkHarness.OPTIONAL | TsharkHarness.TRANSITIVE,
            attributeType, ByteBufUtil.getBytes(value));
        final TsharkHarness.Dissection dissection = TsharkHarness.dissectUpdate(
            TsharkHarness.concat(TsharkHarness.originAndEmptyAsPath(), attribute), afi.code(),
            Fsv1NlriCodec.SAFI_FLOWSPEC, nlri(afi));
        assertFlowspecNlriDissected(dissection, afi);
        return dissection;
    }

    private static void assertFlowspecNlriDissected(final TsharkHarness.Dissection dissection, final Afi afi) {
        assertEquals(List.of(String.valueOf(afi.code())),
            dissection.values("bgp.update.path_attribute.mp_reach_nlri.afi"));
        assertEquals(List.of(String.valueOf(Fsv1NlriCodec.SAFI_FLOWSPEC)),
            dissection.values("bgp.update.path_attribute.mp_reach_nlri.safi"));
        assertEquals(List.of("1", "3"), dissection.values("bgp.flowspec_nlri.filter_type"));
    }
}
