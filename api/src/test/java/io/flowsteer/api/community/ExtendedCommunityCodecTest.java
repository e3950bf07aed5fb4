/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static io.flowsteer.api.community.Hex.buf;
import static io.flowsteer.api.community.Hex.compact;
import static io.flowsteer.api.community.Hex.hex;
import static io.flowsteer.api.community.Hex.v4;
import static io.flowsteer.api.community.Hex.v6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-exact tests of {@link ExtendedCommunityCodec}, one row per specification section, hex derived
 * by hand from the layouts in the specifications.
 */
class ExtendedCommunityCodecTest {
    private final ExtendedCommunityCodec codec = new ExtendedCommunityCodec();

    static Stream<Arguments> canonicalEncodings() {
        return Stream.of(
            // RFC 8955 7.1: 0x8006, AS 64512, 1e6 bytes/s = 0x49742400
            Arguments.of("8006 fc00 49742400", new TrafficRateBytes(64512, 1_000_000f)),
            // RFC 8955 7.1: a rate of 0 discards
            Arguments.of("8006 0000 00000000", new TrafficRateBytes(0, 0f)),
            // RFC 8955 7.1, IANA 0x800c: 1000 packets/s = 0x447a0000
            Arguments.of("800c 0064 447a0000", new TrafficRatePackets(100, 1000f)),
            // RFC 8955 7.3: S is bit 46, T is bit 47
            Arguments.of("8007 0000000000 03", new TrafficAction(true, true)),
            Arguments.of("8007 0000000000 02", new TrafficAction(true, false)),
            Arguments.of("8007 0000000000 01", new TrafficAction(false, true)),
            Arguments.of("8007 0000000000 00", new TrafficAction(false, false)),
            // RFC 8955 7.4: three route-target forms
            Arguments.of("8008 fde8 00000064", new RedirectToVrfAs2(65000, 100)),
            Arguments.of("8108 c0000201 0007", new RedirectToVrfIpv4(v4("192.0.2.1"), 7)),
            Arguments.of("8208 fa56ea00 012c", new RedirectToVrfAs4(4_200_000_000L, 300)),
            // RFC 8955 7.5: DSCP in the low 6 bits
            Arguments.of("8009 0000000000 2e", new TrafficMarking(46)),
            // draft-ietf-idr-flowspec-redirect-ip 3: C is the low bit of the local administrator
            Arguments.of("010c c6336401 0001", new RedirectToIpv4(v4("198.51.100.1"), true)),
            Arguments.of("010c c6336401 0000", new RedirectToIpv4(v4("198.51.100.1"), false)),
            // draft-simpson-idr-flowspec-redirect 3: no address (it is the next hop), C the low bit of the last octet
            Arguments.of("0800 0000000000 00", new RedirectToIpNextHop(false)),
            Arguments.of("0800 0000000000 01", new RedirectToIpNextHop(true)),
            // draft-ietf-idr-flowspec-path-redirect 4: flags RES(3) S-ID(4) C
            Arguments.of("0900 07 02 01020304", new RedirectToIndirectionId(3, true, 2, 0x01020304L)),
            Arguments.of("0900 1e 00 ffffffff", new RedirectToIndirectionId(15, false, 0, 0xffffffffL)),
            // draft-ietf-idr-fsv2-ip-basic-06 4.5.5 with the default TBD4 stand-in 0xf0
            Arguments.of("80f0 01 01 00000000", new ActionChainOrdering(1, 1)),
            Arguments.of("80f0 00 00 00000000", new ActionChainOrdering(0, 0)),
            // draft-ietf-idr-flowspec-interfaceset: AS, O, I, 14-bit group id
            Arguments.of("0702 0000fde9 8005", new InterfaceSet(65001, true, false, 5)),
            Arguments.of("0702 0000fde9 7fff", new InterfaceSet(65001, false, true, 0x3fff)),
            // RFC 9015
            Arguments.of("800d 000123 ff 0010", new SfcClassifier(0x123, 255, 0x10)),
            Arguments.of("0b01 000000000abc", new SfirPoolIdentifier(0xabc)),
            Arguments.of("0b02 123456789abc", new SfcMplsMixedLabels(0x123456789abcL)),
            // RFC 4360 route target: not an action, kept verbatim
            Arguments.of("0002 fde8 00000064", new UnknownExtendedCommunity(Octets.fromHex("0002fde800000064"))));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @MethodSource("canonicalEncodings")
    void encodesEachCommunityToTheSpecifiedOctets(final String expected, final RegularExtendedCommunity community) {
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(compact(expected), hex(out));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("canonicalEncodings")
    void decodesTheSpecifiedOctetsToEachCommunity(final String wire, final RegularExtendedCommunity expected)
            throws WireFormatException {
        final ByteBuf in = buf(wire);
        assertEquals(expected, codec.decode(in));
        assertEquals(0, in.readableBytes());
    }

    static Stream<Arguments> canonicalIpv6Encodings() {
        return Stream.of(
            Arguments.of("000c 20010db8000000000000000000000001 0001", new RedirectToIpv6(v6("2001:db8::1"), true)),
            Arguments.of("000c 20010db8000000000000000000000001 0000", new RedirectToIpv6(v6("2001:db8::1"), false)),
            // an IPv4-mapped address stays a 16-octet IPv6 address
            Arguments.of("000c 00000000000000000000ffffc0000201 0000",
                new RedirectToIpv6(v6("::ffff:192.0.2.1"), false)),
            Arguments.of("000d 20010db8000000000000000000020001 000a", new RedirectToVrfIpv6(v6("2001:db8::2:1"), 10)),
            // the code point of redirect to VRF IPv6 before RFC 8956, kept so that it is sent again as it came
            Arguments.of("800b 20010db8000000000000000000020001 000a", new RedirectToVrfIpv6(v6("2001:db8::2:1"), 10,
                RedirectToVrfIpv6.CodePoint.DRAFT_0X800B)),
            // 0x000b is RFC 6515's VRF Route Import, not a redirect: kept verbatim
            Arguments.of("000b 20010db8000000000000000000020001 000a", new UnknownIpv6ExtendedCommunity(
                Octets.fromHex("000b20010db8000000000000000000020001000a"))),
            Arguments.of("0002 20010db8000000000000000000000001 0064", new UnknownIpv6ExtendedCommunity(
                Octets.fromHex("000220010db80000000000000000000000010064"))));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @MethodSource("canonicalIpv6Encodings")
    void encodesEachIpv6CommunityToTheSpecifiedOctets(final String expected, final Ipv6ExtendedCommunity community) {
        final ByteBuf out = Unpooled.buffer();
        codec.encodeIpv6(community, out);
        assertEquals(compact(expected), hex(out));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("canonicalIpv6Encodings")
    void decodesTheSpecifiedOctetsToEachIpv6Community(final String wire, final Ipv6ExtendedCommunity expected)
            throws WireFormatException {
        final ByteBuf in = buf(wire);
        assertEquals(expected, codec.decodeIpv6(in));
        assertEquals(0, in.readableBytes());
    }

    static Stream<Arguments> reservedBitsIgnored() {
        return Stream.of(
            Arguments.of("8007 ffffffffff fd", new TrafficAction(false, true)),
            Arguments.of("8009 ffffffffff ee", new TrafficMarking(46)),
            Arguments.of("010c c6336401 fffe", new RedirectToIpv4(v4("198.51.100.1"), false)),
            Arguments.of("010c c6336401 ffff", new RedirectToIpv4(v4("198.51.100.1"), true)),
            Arguments.of("0900 e1 00 00000001", new RedirectToIndirectionId(0, true, 0, 1)),
            Arguments.of("0800 ffffffffff fe", new RedirectToIpNextHop(false)),
            Arguments.of("0800 ffffffffff ff", new RedirectToIpNextHop(true)),
            Arguments.of("80f0 01 00 ffffffff", new ActionChainOrdering(1, 0)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("reservedBitsIgnored")
    void reservedBitsAreIgnoredOnReceipt(final String wire, final RegularExtendedCommunity expected)
            throws WireFormatException {
        assertEquals(expected, codec.decode(buf(wire)));
    }

    @Test
    void copyBitSetRedirectsACopy() throws WireFormatException {
        final var redirect = assertInstanceOf(RedirectToIpv4.class, codec.decode(buf("010cc63364010001")));
        assertEquals(true, redirect.copy());
        final var redirect6 = assertInstanceOf(RedirectToIpv6.class,
            codec.decodeIpv6(buf("000c20010db80000000000000000000000010001")));
        assertEquals(true, redirect6.copy());
    }

    @Test
    void negativeRateIsTreatedAsZeroDiscardingAllTraffic() throws WireFormatException {
        // RFC 8955 7.1 and 7.2: -1.0, -infinity and the smallest negative subnormal all mean "discard"
        assertEquals(new TrafficRateBytes(64512, 0f), codec.decode(buf("8006fc00bf800000")));
        assertEquals(new TrafficRateBytes(64512, 0f), codec.decode(buf("8006fc00ff800000")));
        assertEquals(new TrafficRatePackets(1, 0f), codec.decode(buf("800c000180000001")));
        final ByteBuf out = Unpooled.buffer();
        codec.encode(codec.decode(buf("800c0001bf800000")), out);
        assertEquals("800c000100000000", hex(out));
    }

    @Test
    void nanRateIsKeptVerbatimAsUnknown() throws WireFormatException {
        for (String wire : List.of("800c00007fc00000", "8006fc00ffc00001")) {
            final RegularExtendedCommunity decoded = codec.decode(buf(wire));
            assertEquals(new UnknownExtendedCommunity(Octets.fromHex(wire)), decoded);
            final ByteBuf out = Unpooled.buffer();
            codec.encode(decoded, out);
            assertEquals(wire, hex(out));
        }
    }

    @Test
    void unknownCommunityIsReEncodedByteForByte() throws WireFormatException {
        final String wire = "0b00 0102030405 06 4302 00000000 fffe";
        final ByteBuf out = Unpooled.buffer();
        codec.encodeAttribute(codec.decodeAttribute(buf(wire)), out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void attributeIsDecodedInWireOrder() throws WireFormatException {
        assertEquals(List.of(new TrafficRateBytes(0, 0f), new RedirectToIpv4(v4("192.0.2.1"), true)),
            codec.decodeAttribute(buf("8006000000000000 010cc00002010001")));
    }

    @Test
    void emptyAttributeHasNoCommunities() throws WireFormatException {
        assertEquals(List.of(), codec.decodeAttribute(buf("")));
        assertEquals(List.of(), codec.decodeIpv6Attribute(buf("")));
    }

    @Test
    void attributeLengthNotMultipleOfEightIsTreatAsWithdraw() {
        final var ex = assertThrows(WireFormatException.class,
            () -> codec.decodeAttribute(buf("8006000000000000 0000")));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, ex.treatment());
    }

    @Test
    void ipv6AttributeLengthNotMultipleOfTwentyIsTreatAsWithdraw() {
        final var ex = assertThrows(WireFormatException.class,
            () -> codec.decodeIpv6Attribute(buf("000c20010db80000000000000000000000010001 0000000000000000")));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, ex.treatment());
    }

    @Test
    void truncatedCommunityIsTreatAsWithdraw() {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> codec.decode(buf("80060000"))).treatment());
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> codec.decodeIpv6(buf("000c"))).treatment());
    }

    @Test
    void configuredCodePointsMoveIndirectionIdAndAco() throws WireFormatException {
        final var custom = new ExtendedCommunityCodec(new ExtendedCommunityCodePoints(0x88, 0x01, 0x20));
        assertEquals(new RedirectToIndirectionId(1, false, 4, 9), custom.decode(buf("8801 02 04 00000009")));
        assertEquals(new ActionChainOrdering(1, 0), custom.decode(buf("8020 01 00 00000000")));
        assertInstanceOf(UnknownExtendedCommunity.class, custom.decode(buf("0900 02 04 00000009")));
        final ByteBuf out = Unpooled.buffer();
        custom.encode(new RedirectToIndirectionId(1, false, 4, 9), out);
        assertEquals("8801020400000009", hex(out));
    }

    static Stream<Arguments> unencodable() {
        return Stream.of(
            Arguments.of(new RedirectToIndirectionId(16, false, 0, 1), "sequence-id 16 exceeds 4 bits"),
            Arguments.of(new RedirectToIndirectionId(0, false, 256, 1), "id-type 256 exceeds 8 bits"),
            Arguments.of(new RedirectToIndirectionId(0, false, 0, 1L << 32),
                "indirection-id 4294967296 exceeds 32 bits"),
            Arguments.of(new TrafficMarking(64), "dscp 64 exceeds 6 bits"),
            Arguments.of(new TrafficMarking(-1), "dscp -1 is negative"),
            Arguments.of(new TrafficRateBytes(65536, 1f), "as-number 65536 exceeds 16 bits"),
            Arguments.of(new TrafficRateBytes(1, -1f), "traffic-rate-bytes rate -1.0 is not a non-negative number"),
            Arguments.of(new TrafficRatePackets(1, Float.NaN),
                "traffic-rate-packets rate NaN is not a non-negative number"),
            Arguments.of(new RedirectToVrfAs2(1, 1L << 32), "local-administrator 4294967296 exceeds 32 bits"),
            Arguments.of(new RedirectToVrfAs4(1L << 32, 0), "as-number 4294967296 exceeds 32 bits"),
            Arguments.of(new RedirectToVrfIpv4(v4("192.0.2.1"), 65536), "local-administrator 65536 exceeds 16 bits"),
            Arguments.of(new InterfaceSet(1, false, false, 0x4000), "group-id 16384 exceeds 14 bits"),
            Arguments.of(new ActionChainOrdering(256, 0), "ac-interaction 256 exceeds 8 bits"),
            Arguments.of(new SfcClassifier(1 << 24, 0, 0), "spi 16777216 exceeds 24 bits"),
            Arguments.of(new SfirPoolIdentifier(1L << 48), "sfir-pool-identifier 281474976710656 exceeds 48 bits"),
            Arguments.of(new UnknownExtendedCommunity(Octets.fromHex("00")), "octets length 1 is not 8"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unencodable")
    void encodingRefusesValuesThatDoNotFitAndWritesNothing(final RegularExtendedCommunity community,
            final String message) {
        final ByteBuf out = Unpooled.buffer();
        assertEquals(message, assertThrows(EncodeException.class, () -> codec.encode(community, out)).getMessage());
        assertEquals(0, out.writerIndex());
    }

    @Test
    void ipv6EncodingRefusesLocalAdministratorWiderThan16Bits() {
        assertEquals("local-administrator 70000 exceeds 16 bits", assertThrows(EncodeException.class,
            () -> codec.encodeIpv6(new RedirectToVrfIpv6(v6("2001:db8::1"), 70000), Unpooled.buffer())).getMessage());
    }
}
