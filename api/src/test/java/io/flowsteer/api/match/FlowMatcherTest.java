/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.BitmaskComponent;
import io.flowsteer.api.wire.BitmaskTerm;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2OpaqueComponent;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowMatcherTest {
    private static final byte[] V4_DST = {(byte) 192, 0, 2, 1};
    private static final byte[] V4_SRC = {(byte) 203, 0, 113, 9};

    private static PacketHeader.Builder tcp(final int srcPort, final int dstPort) {
        return PacketHeader.builder(Afi.IPV4).source(V4_SRC).destination(V4_DST).protocol(6).ports(srcPort, dstPort)
            .packetLength(1500);
    }

    private static boolean matches(final FlowComponent component, final PacketHeader packet) {
        return FlowMatcher.matches(new Fsv1Nlri(packet.afi(), component), packet);
    }

    @ParameterizedTest(name = "lt={0} gt={1} eq={2}: value 5 vs data 3 -> {3}, 5 -> {4}, 7 -> {5}")
    @CsvSource({
        "0, 0, 0, false, false, false",
        "0, 0, 1, false, true, false",
        "0, 1, 0, false, false, true",
        "0, 1, 1, false, true, true",
        "1, 0, 0, true, false, false",
        "1, 0, 1, true, true, false",
        "1, 1, 0, true, false, true",
        "1, 1, 1, true, true, true",
    })
    void numericComparisonBitsCombine(final int lt, final int gt, final int eq, final boolean below,
            final boolean equal, final boolean above) {
        final int comparison = lt * NumericTerm.LT | gt * NumericTerm.GT | eq * NumericTerm.EQ;
        final NumericTerm term = new NumericTerm(false, comparison, 5);
        assertEquals(below, term.test(3));
        assertEquals(equal, term.test(5));
        assertEquals(above, term.test(7));
    }

    @ParameterizedTest(name = "port {0} -> {1}")
    @CsvSource({"1, true", "4, false", "5, true", "6, true", "7, true", "8, false", "100, true"})
    void andBindsTighterThanOr(final int port, final boolean expected) {
        // ==1 OR >=5 AND <=7 OR ==100, i.e. 1 | (5..7) | 100
        final NumericComponent component = new NumericComponent(ComponentType.DESTINATION_PORT, List.of(
            new NumericTerm(false, NumericTerm.EQ, 1),
            new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 5),
            new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 7),
            new NumericTerm(false, NumericTerm.EQ, 100)));
        assertEquals(expected, matches(component, tcp(40000, port).build()));
    }

    @Test
    void portMatchesEitherSourceOrDestination() {
        final NumericComponent port = NumericComponent.anyOf(ComponentType.PORT, 179);
        assertTrue(matches(port, tcp(179, 40000).build()));
        assertTrue(matches(port, tcp(40000, 179).build()));
        assertFalse(matches(port, tcp(40000, 40001).build()));
    }

    @Test
    void transportComponentsNeverMatchOtherProtocolsOrLaterFragments() {
        final NumericComponent dport = NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 53);
        assertTrue(matches(dport, tcp(1, 53).protocol(17).build()));
        assertFalse(matches(dport, tcp(1, 53).protocol(47).build()));
        assertFalse(matches(dport, tcp(1, 53).fragmentFlags(PacketHeader.fragmentFlags(false, 100, true)).build()));
        assertTrue(matches(dport, tcp(1, 53).fragmentFlags(PacketHeader.fragmentFlags(false, 0, true)).build()));
        assertFalse(matches(dport, tcp(1, 53).transportHeaderLocated(false).build()));
        final BitmaskComponent syn = new BitmaskComponent(ComponentType.TCP_FLAGS,
            List.of(new BitmaskTerm(false, false, true, 0x02)));
        assertTrue(matches(syn, tcp(1, 2).tcpFlags(0x02).build()));
        assertFalse(matches(syn, tcp(1, 2).tcpFlags(0x02).protocol(17).build()));
        final NumericComponent echo = NumericComponent.anyOf(ComponentType.ICMP_TYPE, 8);
        assertTrue(matches(echo, tcp(0, 0).protocol(1).icmp(8, 0).build()));
        assertFalse(matches(echo, tcp(0, 0).protocol(58).icmp(8, 0).build()));
        final PacketHeader icmpv6 = PacketHeader.builder(Afi.IPV6).protocol(58).icmp(128, 0).build();
        assertTrue(matches(NumericComponent.anyOf(ComponentType.ICMP_TYPE, 128), icmpv6));
        assertFalse(matches(NumericComponent.anyOf(ComponentType.ICMP_CODE, 1), icmpv6));
    }

    @Test
    void bitmaskMatchBitRequiresAllBitsAndNotNegates() {
        final PacketHeader synAck = tcp(1, 2).tcpFlags(0x12).build();
        final PacketHeader syn = tcp(1, 2).tcpFlags(0x02).build();
        final BitmaskComponent allSynAck = new BitmaskComponent(ComponentType.TCP_FLAGS,
            List.of(new BitmaskTerm(false, false, true, 0x12)));
        final BitmaskComponent anySynAck = new BitmaskComponent(ComponentType.TCP_FLAGS,
            List.of(new BitmaskTerm(false, false, false, 0x12)));
        final BitmaskComponent notAllSynAck = new BitmaskComponent(ComponentType.TCP_FLAGS,
            List.of(new BitmaskTerm(false, true, true, 0x12)));
        assertTrue(matches(allSynAck, synAck));
        assertFalse(matches(allSynAck, syn));
        assertTrue(matches(anySynAck, syn));
        assertFalse(matches(notAllSynAck, synAck));
        assertTrue(matches(notAllSynAck, syn));
    }

    @Test
    void fragmentBitsFollowTheIpHeader() {
        final BitmaskComponent firstFragment = new BitmaskComponent(ComponentType.FRAGMENT,
            List.of(new BitmaskTerm(false, false, true, BitmaskComponent.FRAGMENT_FF)));
        final BitmaskComponent lastFragment = new BitmaskComponent(ComponentType.FRAGMENT,
            List.of(new BitmaskTerm(false, false, true, BitmaskComponent.FRAGMENT_LF)));
        assertTrue(matches(firstFragment, tcp(1, 2).fragmentFlags(PacketHeader.fragmentFlags(false, 0, true))
            .build()));
        assertFalse(matches(firstFragment, tcp(1, 2).build()));
        assertTrue(matches(lastFragment, tcp(1, 2).fragmentFlags(PacketHeader.fragmentFlags(false, 8, false))
            .build()));
        assertFalse(matches(lastFragment, tcp(1, 2).fragmentFlags(PacketHeader.fragmentFlags(false, 8, true))
            .build()));
    }

    @Test
    void ipv6OffsetPrefixMatchesOnlyBitsFromOffsetToLength() {
        final HexFormat hex = HexFormat.of();
        final IpPrefixComponent rule = IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
            hex.parseHex("0000000000000000123456789a000000"), 64, 104);
        final PacketHeader inside = PacketHeader.builder(Afi.IPV6)
            .source(hex.parseHex("20010db8ffffffff123456789affffff")).build();
        final PacketHeader outside = PacketHeader.builder(Afi.IPV6)
            .source(hex.parseHex("20010db8ffffffff123456789bffffff")).build();
        assertTrue(matches(rule, inside));
        assertFalse(matches(rule, outside));
    }

    @Test
    void ipv4PrefixAndFamilyMustMatch() {
        final IpPrefixComponent rule = IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 192, 0, 2, 0}, 24);
        assertTrue(matches(rule, tcp(1, 2).build()));
        assertFalse(matches(rule, tcp(1, 2).destination(new byte[] {(byte) 192, 0, 3, 1}).build()));
        assertFalse(FlowMatcher.matches(new Fsv1Nlri(Afi.IPV4, rule), PacketHeader.builder(Afi.IPV6).build()));
    }

    @Test
    void firstMatchingRuleInOrderWins() {
        final Fsv1Nlri specific = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 80));
        final Fsv1Nlri dscp = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.DSCP, 46));
        final Fsv1Nlri length = new Fsv1Nlri(Afi.IPV4, new NumericComponent(ComponentType.PACKET_LENGTH,
            List.of(new NumericTerm(false, NumericTerm.GT, 1000))));
        final List<Fsv1Nlri> ordered = List.of(specific, dscp, length);
        assertEquals(0, FlowMatcher.firstMatch(ordered, tcp(1, 80).dscp(46).build()));
        assertEquals(1, FlowMatcher.firstMatch(ordered, tcp(1, 81).dscp(46).build()));
        assertEquals(2, FlowMatcher.firstMatch(ordered, tcp(1, 81).build()));
        assertEquals(-1, FlowMatcher.firstMatch(ordered, tcp(1, 81).packetLength(60).build()));
    }

    @Test
    void flowLabelMatchesIpv6Header() {
        final Fsv1Nlri rule = new Fsv1Nlri(Afi.IPV6, NumericComponent.anyOf(ComponentType.FLOW_LABEL, 0xabcde));
        assertTrue(FlowMatcher.matches(rule, PacketHeader.builder(Afi.IPV6).flowLabel(0xabcde).build()));
        assertFalse(FlowMatcher.matches(rule, PacketHeader.builder(Afi.IPV6).flowLabel(0xabcdf).build()));
    }

    @Test
    void anOptionalComponentTheRouterCannotMatchIsLeftOutAndAMandatoryOneStillMatches() {
        // draft-ietf-idr-fsv2-ip-basic section 6.2: the router installs the rule without the optional component
        final Fsv2Nlri rule = new Fsv2Nlri(Afi.IPV4, 0, 0, List.of(new Fsv2FilterFamily(256, List.of(
            new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6)),
            new Fsv2IpComponent(true, NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 443))))));
        final PacketHeader toPort80 = tcp(1, 80).build();
        assertFalse(FlowMatcher.matches(rule, toPort80));
        assertTrue(FlowMatcher.matches(rule, toPort80, Set.of(ComponentType.DESTINATION_PORT)));
        assertFalse(FlowMatcher.matches(rule, tcp(1, 80).protocol(17).build(), Set.of(ComponentType.IP_PROTOCOL)),
            "a mandatory component is never left out");
    }

    @Test
    void fsv2UnknownMandatoryComponentNeverMatchesButOptionalIsIgnored() {
        final Fsv2IpComponent tcpProto = new Fsv2IpComponent(false,
            NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6));
        final Fsv2Nlri optional = new Fsv2Nlri(Afi.IPV4, 0, 0, List.of(new Fsv2FilterFamily(256, List.of(tcpProto,
            new Fsv2OpaqueComponent(true, 4000, Octets.copyOf(new byte[] {1}))))));
        final Fsv2Nlri mandatory = new Fsv2Nlri(Afi.IPV4, 0, 0, List.of(new Fsv2FilterFamily(256, List.of(tcpProto,
            new Fsv2OpaqueComponent(false, 4000, Octets.copyOf(new byte[] {1}))))));
        assertTrue(FlowMatcher.matches(optional, tcp(1, 2).build()));
        assertFalse(FlowMatcher.matches(mandatory, tcp(1, 2).build()));
        assertFalse(FlowMatcher.matches(optional, tcp(1, 2).protocol(17).build()));
    }
}
