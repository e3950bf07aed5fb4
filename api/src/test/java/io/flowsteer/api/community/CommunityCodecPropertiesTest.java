/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.fsv2.Fsv2Action;
import io.flowsteer.api.community.fsv2.Fsv2ActionCommunity;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.fsv2.Originator;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.fsv2.SrSegmentListActionCodec;
import io.flowsteer.api.community.fsv2.UnknownFsv2Action;
import io.flowsteer.api.community.wide.CommunityContainer;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectGroupDecodeResult;
import io.flowsteer.api.community.wide.RedirectPath;
import io.flowsteer.api.community.wide.WideCommunityTlv;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of every community codec: decode(encode(x)) equals x for random valid values of every
 * type, and a random mutation of a valid encoding either decodes or fails with a
 * {@link WireFormatException}, never with another exception.
 */
class CommunityCodecPropertiesTest {
    private final ExtendedCommunityCodec codec = new ExtendedCommunityCodec();
    private final RedirectGroupCodec groupCodec = new RedirectGroupCodec();
    private final SrSegmentListActionCodec actionCodec = new SrSegmentListActionCodec();
    private final Fsv2ActionContainerCodec fsv2ActionCodec = new Fsv2ActionContainerCodec();

    @Property
    void extendedCommunityRoundTrips(@ForAll("regular") final RegularExtendedCommunity community)
            throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(ExtendedCommunityCodec.LENGTH, out.readableBytes());
        assertEquals(community, codec.decode(out));
    }

    @Property
    void ipv6ExtendedCommunityRoundTrips(@ForAll("ipv6Community") final Ipv6ExtendedCommunity community)
            throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        codec.encodeIpv6(community, out);
        assertEquals(ExtendedCommunityCodec.IPV6_LENGTH, out.readableBytes());
        assertEquals(community, codec.decodeIpv6(out));
    }

    @Property
    void extendedCommunitiesAttributeRoundTrips(
            @ForAll @Size(max = 12) final List<@From("regular") RegularExtendedCommunity> communities,
            @ForAll @Size(max = 6) final List<@From("ipv6Community") Ipv6ExtendedCommunity> ipv6)
            throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        codec.encodeAttribute(communities, out);
        assertEquals(communities, codec.decodeAttribute(out));
        codec.encodeIpv6Attribute(ipv6, out.clear());
        assertEquals(ipv6, codec.decodeIpv6Attribute(out));
    }

    @Property
    void anyEightOctetsDecodeAndUnknownOnesReEncodeByteForByte(@ForAll @Size(8) final byte[] wire)
            throws WireFormatException {
        final RegularExtendedCommunity decoded = codec.decode(Unpooled.wrappedBuffer(wire));
        final ByteBuf out = Unpooled.buffer();
        codec.encode(decoded, out);
        assertEquals(decoded, codec.decode(out.duplicate()));
        if (decoded instanceof UnknownExtendedCommunity) {
            assertArrayEquals(wire, ByteBufUtil.getBytes(out));
        }
    }

    @Property
    void anyTwentyOctetsDecodeAndReEncodeStably(@ForAll @Size(20) final byte[] wire) throws WireFormatException {
        final Ipv6ExtendedCommunity decoded = codec.decodeIpv6(Unpooled.wrappedBuffer(wire));
        final ByteBuf out = Unpooled.buffer();
        codec.encodeIpv6(decoded, out);
        assertEquals(decoded, codec.decodeIpv6(out.duplicate()));
        if (decoded instanceof UnknownIpv6ExtendedCommunity) {
            assertArrayEquals(wire, ByteBufUtil.getBytes(out));
        }
    }

    @Property
    void mutatedExtendedCommunitiesFailOnlyWithWireFormatException(
            @ForAll @Size(max = 6) final List<@From("regular") RegularExtendedCommunity> communities,
            @ForAll @Size(max = 3) final List<@From("ipv6Community") Ipv6ExtendedCommunity> ipv6,
            @ForAll final Random random) {
        final ByteBuf out = Unpooled.buffer();
        codec.encodeAttribute(communities, out);
        final byte[] mutated = mutate(ByteBufUtil.getBytes(out), random);
        expectOnlyWireFormatException("extended", () -> codec.decodeAttribute(Unpooled.wrappedBuffer(mutated)));
        codec.encodeIpv6Attribute(ipv6, out.clear());
        final byte[] mutated6 = mutate(ByteBufUtil.getBytes(out), random);
        expectOnlyWireFormatException("ipv6", () -> codec.decodeIpv6Attribute(Unpooled.wrappedBuffer(mutated6)));
    }

    @Property
    void redirectGroupRoundTrips(@ForAll("group") final RedirectGroupCommunity group) throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        groupCodec.encode(group, out);
        final List<CommunityContainer> containers = CommunityContainerCodec.decodeAttribute(out);
        assertEquals(1, containers.size());
        final RedirectGroupDecodeResult result = groupCodec.decode(containers.get(0));
        assertEquals(group, result.community());
        assertEquals(List.of(), result.warnings());
    }

    @Property
    void mutatedRedirectGroupFailsOnlyWithWireFormatException(@ForAll("group") final RedirectGroupCommunity group,
            @ForAll final Random random) {
        final ByteBuf out = Unpooled.buffer();
        groupCodec.encode(group, out);
        final byte[] mutated = mutate(ByteBufUtil.getBytes(out), random);
        expectOnlyWireFormatException("group", () -> {
            for (CommunityContainer container : CommunityContainerCodec.decodeAttribute(
                    Unpooled.wrappedBuffer(mutated))) {
                if (groupCodec.isRedirectGroup(container)) {
                    groupCodec.decode(container);
                }
            }
            return Boolean.TRUE;
        });
    }

    @Property
    void srSegmentListActionRoundTrips(@ForAll("action") final SrSegmentListAction action)
            throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        actionCodec.encode(action, out);
        assertEquals(4 + (action.afi() == 1 ? 44 : 56), out.readableBytes());
        assertEquals(action, actionCodec.decode(out));
        assertEquals(0, out.readableBytes());
    }

    @Property
    void mutatedSrSegmentListActionFailsOnlyWithWireFormatException(
            @ForAll("action") final SrSegmentListAction action, @ForAll final Random random) {
        final ByteBuf out = Unpooled.buffer();
        actionCodec.encode(action, out);
        final byte[] mutated = mutate(ByteBufUtil.getBytes(out), random);
        expectOnlyWireFormatException("action", () -> actionCodec.decode(Unpooled.wrappedBuffer(mutated)));
    }

    @Property
    void fsv2ActionCommunityRoundTripsNextToARedirectGroup(
            @ForAll("fsv2ActionCommunity") final Fsv2ActionCommunity community,
            @ForAll("group") final RedirectGroupCommunity group) throws WireFormatException {
        final ByteBuf out = Unpooled.buffer();
        groupCodec.encode(group, out);
        fsv2ActionCodec.encode(community, out);
        assertEquals(List.of(community), fsv2ActionCodec.decodeAttribute(out));
        assertEquals(0, out.readableBytes());
    }

    @Property
    void mutatedFsv2ActionCommunityFailsOnlyWithWireFormatException(
            @ForAll("fsv2ActionCommunity") final Fsv2ActionCommunity community, @ForAll final Random random) {
        final ByteBuf out = Unpooled.buffer();
        fsv2ActionCodec.encode(community, out);
        final byte[] mutated = mutate(ByteBufUtil.getBytes(out), random);
        expectOnlyWireFormatException("fsv2 action", () -> fsv2ActionCodec.decodeAttribute(
            Unpooled.wrappedBuffer(mutated)));
    }

    /**
     * Applies one to four random edits: overwrite, insert or delete an octet, truncate, append.
     */
    private static byte[] mutate(final byte[] valid, final Random random) {
        final List<Byte> bytes = new ArrayList<>();
        for (byte octet : valid) {
            bytes.add(octet);
        }
        final int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            final int size = bytes.size();
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (size > 0) {
                        bytes.set(random.nextInt(size), (byte) random.nextInt(256));
                    }
                }
                case 1 -> bytes.add(random.nextInt(size + 1), (byte) random.nextInt(256));
                case 2 -> {
                    if (size > 0) {
                        bytes.remove(random.nextInt(size));
                    }
                }
                case 3 -> bytes.subList(random.nextInt(size + 1), size).clear();
                default -> bytes.add((byte) random.nextInt(256));
            }
        }
        final byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    @FunctionalInterface
    private interface Decode {
        Object run() throws WireFormatException;
    }

    /**
     * Runs a decode that must either succeed or throw {@link WireFormatException}, and records which,
     * checking at the end of the property that both outcomes occurred, so that the mutations are known
     * to reach the error paths as well as the success path.
     */
    private static void expectOnlyWireFormatException(final String label, final Decode decode) {
        String outcome;
        try {
            assertNotNull(decode.run());
            outcome = "decoded";
        } catch (WireFormatException e) {
            assertNotNull(e.treatment());
            outcome = "rejected";
        }
        Statistics.label(label).collect(outcome);
        Statistics.label(label).coverage(coverage -> {
            coverage.check("decoded").count(count -> count > 0);
            coverage.check("rejected").count(count -> count > 0);
        });
    }

    private static Arbitrary<Integer> unsigned(final int bits) {
        return Arbitraries.integers().between(0, (1 << bits) - 1);
    }

    private static Arbitrary<Long> unsignedLong(final int bits) {
        return Arbitraries.longs().between(0, (1L << bits) - 1);
    }

    private static Arbitrary<Float> rate() {
        return Arbitraries.integers().map(Float::intBitsToFloat).filter(rate -> !Float.isNaN(rate) && rate >= 0);
    }

    private static Arbitrary<Inet4Address> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4).map(Addresses::ipv4);
    }

    private static Arbitrary<Inet6Address> ipv6() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16).map(Addresses::ipv6);
    }

    private static Arbitrary<InetAddress> ip() {
        return Arbitraries.oneOf(ipv4(), ipv6());
    }

    @Provide
    Arbitrary<RegularExtendedCommunity> regular() {
        final Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        return Arbitraries.oneOf(
            Combinators.combine(unsigned(16), rate()).as(TrafficRateBytes::new),
            Combinators.combine(unsigned(16), rate()).as(TrafficRatePackets::new),
            Combinators.combine(bool, bool).as(TrafficAction::new),
            Combinators.combine(unsigned(16), unsignedLong(32)).as(RedirectToVrfAs2::new),
            Combinators.combine(ipv4(), unsigned(16)).as(RedirectToVrfIpv4::new),
            Combinators.combine(unsignedLong(32), unsigned(16)).as(RedirectToVrfAs4::new),
            unsigned(6).map(TrafficMarking::new),
            Combinators.combine(ipv4(), bool).as(RedirectToIpv4::new),
            Combinators.combine(unsigned(4), bool, unsigned(8), unsignedLong(32)).as(RedirectToIndirectionId::new),
            Combinators.combine(unsigned(8), unsigned(8)).as(ActionChainOrdering::new),
            Combinators.combine(unsignedLong(32), bool, bool, unsigned(14)).as(InterfaceSet::new),
            Combinators.combine(unsigned(24), unsigned(8), unsigned(16)).as(SfcClassifier::new),
            unsignedLong(48).map(SfirPoolIdentifier::new),
            unsignedLong(48).map(SfcMplsMixedLabels::new),
            Arbitraries.of(true, false).map(RedirectToIpNextHop::new),
            // route targets and other types Flowsteer does not interpret
            Combinators.combine(Arbitraries.of(0x00, 0x02, 0x03, 0x06, 0x40, 0x43), Arbitraries.bytes()
                .array(byte[].class).ofSize(7)).as(CommunityCodecPropertiesTest::unknown));
    }

    private static RegularExtendedCommunity unknown(final int type, final byte[] rest) {
        final byte[] bytes = new byte[8];
        bytes[0] = (byte) type;
        System.arraycopy(rest, 0, bytes, 1, 7);
        return new UnknownExtendedCommunity(Octets.copyOf(bytes));
    }

    @Provide
    Arbitrary<Ipv6ExtendedCommunity> ipv6Community() {
        return Arbitraries.oneOf(
            Combinators.combine(ipv6(), Arbitraries.of(true, false)).as(RedirectToIpv6::new),
            Combinators.combine(ipv6(), unsigned(16), Arbitraries.of(RedirectToVrfIpv6.CodePoint.class))
                .as(RedirectToVrfIpv6::new),
            // 0x800b is redirect to VRF before RFC 8956; 0x000b (VRF Route Import) and 0x400b are not
            Combinators.combine(Arbitraries.of(0x00, 0x40), Arbitraries.of(0x02, 0x03, 0x0b, 0x11),
                Arbitraries.bytes().array(byte[].class).ofSize(18)).as((type, subType, rest) -> {
                    final byte[] bytes = new byte[20];
                    bytes[0] = type.byteValue();
                    bytes[1] = subType.byteValue();
                    System.arraycopy(rest, 0, bytes, 2, 18);
                    return new UnknownIpv6ExtendedCommunity(Octets.copyOf(bytes));
                }));
    }

    @Provide
    Arbitrary<RedirectGroupCommunity> group() {
        final Arbitrary<RedirectPath> path = Combinators.combine(unsigned(16), ip(),
            unsignedLong(32).optional().map(color -> color.map(OptionalLong::of).orElse(OptionalLong.empty())),
            Arbitraries.integers().between(1, 255).optional()
                .map(weight -> weight.map(OptionalInt::of).orElse(OptionalInt.empty())))
            .as(RedirectPath::new);
        final Arbitrary<WideCommunityTlv> other = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(1, 2), Arbitraries.integers().between(4, 255)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(Octets::copyOf)).as(WideCommunityTlv::new);
        final Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        return Combinators.combine(bool, bool, unsignedLong(32), unsignedLong(32),
            path.list().uniqueElements().ofMaxSize(12),
            // the codec sends lower types before the Parameter(s) TLV and higher ones after it
            other.list().ofMaxSize(3).map(tlvs -> tlvs.stream().sorted((a, b) -> Integer.compare(
                a.type() < WideCommunityTlv.PARAMETERS ? 0 : 1, b.type() < WideCommunityTlv.PARAMETERS ? 0 : 1))
                .toList()))
            .as(RedirectGroupCommunity::new);
    }

    @Provide
    Arbitrary<SrSegmentListAction> action() {
        final Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        final Arbitrary<Long> nonZero = Arbitraries.longs().between(1, 0xffffffffL);
        return Combinators.combine(bool, bool, nonZero, ip(), unsignedLong(32),
            Combinators.combine(unsignedLong(32), ipv6()).as(Originator::new), unsignedLong(32), nonZero)
            .as(SrSegmentListAction::new);
    }

    @Provide
    Arbitrary<Fsv2ActionCommunity> fsv2ActionCommunity() {
        final Arbitrary<Fsv2Action> unknown = Combinators.combine(
            unsigned(16).filter(subType -> subType != SrSegmentListActionCodec.DEFAULT_SUB_TYPE),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(Octets::copyOf)).as(UnknownFsv2Action::new);
        final Arbitrary<WideCommunityTlv> other = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(1, 2), Arbitraries.integers().between(4, 255)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(Octets::copyOf)).as(WideCommunityTlv::new);
        final Arbitrary<Boolean> bool = Arbitraries.of(true, false);
        return Combinators.combine(bool, bool, unsignedLong(32), unsignedLong(32),
            Arbitraries.oneOf(action().map(Fsv2Action.class::cast), unknown).list().ofMaxSize(4),
            // the codec sends lower types before the Parameter(s) TLV and higher ones after it
            other.list().ofMaxSize(3).map(tlvs -> tlvs.stream().sorted((a, b) -> Integer.compare(
                a.type() < WideCommunityTlv.PARAMETERS ? 0 : 1, b.type() < WideCommunityTlv.PARAMETERS ? 0 : 1))
                .toList()))
            .as(Fsv2ActionCommunity::new);
    }
}
