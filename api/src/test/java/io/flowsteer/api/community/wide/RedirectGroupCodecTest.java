/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static io.flowsteer.api.community.Hex.buf;
import static io.flowsteer.api.community.Hex.compact;
import static io.flowsteer.api.community.Hex.hex;
import static io.flowsteer.api.community.Hex.v4;
import static io.flowsteer.api.community.Hex.v6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-exact tests of {@link RedirectGroupCodec} and {@link CommunityContainerCodec}, hex derived by
 * hand from draft-wu-idr-flowspec-redirect-group-01 section 2 and draft-ietf-idr-wide-bgp-communities.
 */
class RedirectGroupCodecTest {
    private static final String HEAD = "80000001 0000fde8 0000fde9";
    private static final String PATH1 = "01 0006 0000 c0000201";

    /** All eight path-tlv types, 140 (0x8c) octets. */
    private static final String ALL_PATHS = PATH1
        + "02 0007 0000 c0000202 0a"
        + "03 000a 0000 c0000203 00000064"
        + "04 000b 0000 c0000204 000000c8 ff"
        + "05 0012 0000 20010db8000000000000000000000005"
        + "06 0013 0000 20010db8000000000000000000000006 01"
        + "07 0016 0000 20010db8000000000000000000000007 00000007"
        + "08 0017 0000 20010db8000000000000000000000008 00000008 02";

    /** Container: type 1, flags 0, length 12 + 3 + 140 = 155 (0x9b). */
    private static final String ALL_CONTAINER = "0001 00 00 009b " + HEAD + " 03 008c " + ALL_PATHS;

    private static final List<RedirectPath> ALL = List.of(
        RedirectPath.of(v4("192.0.2.1"), OptionalLong.empty(), OptionalInt.empty()),
        RedirectPath.of(v4("192.0.2.2"), OptionalLong.empty(), OptionalInt.of(10)),
        RedirectPath.of(v4("192.0.2.3"), OptionalLong.of(100), OptionalInt.empty()),
        RedirectPath.of(v4("192.0.2.4"), OptionalLong.of(200), OptionalInt.of(255)),
        RedirectPath.of(v6("2001:db8::5"), OptionalLong.empty(), OptionalInt.empty()),
        RedirectPath.of(v6("2001:db8::6"), OptionalLong.empty(), OptionalInt.of(1)),
        RedirectPath.of(v6("2001:db8::7"), OptionalLong.of(7), OptionalInt.empty()),
        RedirectPath.of(v6("2001:db8::8"), OptionalLong.of(8), OptionalInt.of(2)));

    private final RedirectGroupCodec codec = new RedirectGroupCodec();

    private static RedirectGroupCommunity group(final List<RedirectPath> paths) {
        return new RedirectGroupCommunity(false, false, 65000, 65001, paths, List.of());
    }

    private RedirectGroupDecodeResult decode(final String container) throws WireFormatException {
        final List<CommunityContainer> containers = CommunityContainerCodec.decodeAttribute(buf(container));
        assertEquals(1, containers.size());
        return codec.decode(containers.get(0));
    }

    private void assertTreatAsWithdraw(final String container) {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> decode(container)).treatment());
    }

    @Test
    void encodesAllEightPathTypesWithTheirFixedLengths() {
        final ByteBuf out = Unpooled.buffer();
        codec.encode(group(ALL), out);
        assertEquals(compact(ALL_CONTAINER), hex(out));
    }

    @Test
    void decodesAllEightPathTypes() throws WireFormatException {
        final RedirectGroupDecodeResult result = decode(ALL_CONTAINER);
        assertEquals(group(ALL), result.community());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void pathTypeFollowsEndpointColorAndWeight() {
        for (int i = 0; i < ALL.size(); i++) {
            assertEquals(i + 1, ALL.get(i).tlvType());
        }
        assertEquals(List.of(6, 7, 10, 11, 18, 19, 22, 23),
            List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(RedirectGroupCodec::pathLength).toList());
        assertEquals(-1, RedirectGroupCodec.pathLength(0));
        assertEquals(-1, RedirectGroupCodec.pathLength(9));
    }

    @Test
    void containerFlagsCarryTheTransitivityAndConfederationBits() throws WireFormatException {
        final String wire = "0001 03 00 0018 " + HEAD + " 03 0009 " + PATH1;
        final RedirectGroupCommunity community = decode(wire).community();
        assertTrue(community.transitivityBit());
        assertTrue(community.confederationBit());
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void nonZeroPathFlagsAreKeptForReadvertisement() throws WireFormatException {
        final String wire = "0001 00 00 0018 " + HEAD + " 03 0009 01 0006 8001 c0000201";
        final RedirectGroupCommunity community = decode(wire).community();
        assertEquals(0x8001, community.paths().get(0).flags());
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void targetTlvIsKeptAndSentBeforeTheParameterTlv() throws WireFormatException {
        final String wire = "0001 00 00 001d " + HEAD + " 01 0002 abcd 03 0009 " + PATH1;
        final RedirectGroupCommunity community = decode(wire).community();
        assertEquals(List.of(new WideCommunityTlv(1, Octets.fromHex("abcd"))), community.otherTlvs());
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void missingParameterTlvIsTreatAsWithdraw() {
        assertTreatAsWithdraw("0001 00 00 000c " + HEAD);
    }

    @Test
    void twoParameterTlvsAreTreatAsWithdraw() {
        assertTreatAsWithdraw("0001 00 00 0024 " + HEAD + " 03 0009 " + PATH1 + " 03 0009 01 0006 0000 c0000202");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "01 0007 0000 c0000201 00",
        "02 0006 0000 c0000201",
        "03 000b 0000 c0000201 00000064 00",
        "05 0006 0000 c0000201",
        "08 0016 0000 20010db8000000000000000000000008 00000008",
        "09 0006 0000 c0000201",
        "00 0006 0000 c0000201"
    })
    void pathTlvWhoseLengthDoesNotFitItsTypeIsTreatAsWithdraw(final String path) {
        final int pathLength = compact(path).length() / 2;
        assertTreatAsWithdraw(String.format("0001 00 00 %04x %s 03 %04x %s", 12 + 3 + pathLength, HEAD, pathLength,
            path));
    }

    @Test
    void weightZeroIsTreatAsWithdraw() {
        assertTreatAsWithdraw("0001 00 00 0019 " + HEAD + " 03 000a 02 0007 0000 c0000201 00");
    }

    @Test
    void tlvRunningPastItsParentIsTreatAsWithdraw() {
        assertTreatAsWithdraw("0001 00 00 0018 " + HEAD + " 03 000a " + PATH1);
        assertTreatAsWithdraw("0001 00 00 0018 " + HEAD + " 03 0009 01 0007 0000 c0000201");
        assertTreatAsWithdraw("0001 00 00 000e " + HEAD + " 03 00");
    }

    @Test
    void duplicatePathTlvIsIgnoredAndReported() throws WireFormatException {
        final RedirectGroupDecodeResult result = decode("0001 00 00 0021 " + HEAD + " 03 0012 " + PATH1 + PATH1);
        assertEquals(group(ALL.subList(0, 1)), result.community());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).contains("duplicates"), result.warnings().get(0));
    }

    @Test
    void pathsDifferingOnlyInFlagsAreNotDuplicates() throws WireFormatException {
        final RedirectGroupDecodeResult result = decode("0001 00 00 0021 " + HEAD + " 03 0012 " + PATH1
            + "01 0006 0001 c0000201");
        assertEquals(2, result.community().paths().size());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void otherCommunityValueIsNotARedirectGroup() throws WireFormatException {
        final CommunityContainer container = CommunityContainerCodec.decodeAttribute(
            buf("0001 00 00 0018 00000001 0000fde8 0000fde9 03 0009 " + PATH1)).get(0);
        assertFalse(codec.isRedirectGroup(container));
        assertTrue(new RedirectGroupCodec(1).isRedirectGroup(container));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> codec.decode(container)).treatment());
    }

    @Test
    void allWeightedPathsMakeUcmpAndAnyUnweightedMakesEcmp() {
        assertFalse(group(ALL).unequalCost());
        assertTrue(group(List.of(ALL.get(1), ALL.get(3), ALL.get(5), ALL.get(7))).unequalCost());
        assertFalse(group(List.of()).unequalCost());
    }

    @Test
    void encodingRefusesWeightOutsideOneTo255() {
        assertEquals("weight 0 out of range 1..255", assertThrows(EncodeException.class, () -> codec.encode(
            group(List.of(RedirectPath.of(v4("192.0.2.1"), OptionalLong.empty(), OptionalInt.of(0)))))).getMessage());
        assertEquals("weight 256 out of range 1..255", assertThrows(EncodeException.class, () -> codec.encode(
            group(List.of(RedirectPath.of(v4("192.0.2.1"), OptionalLong.empty(), OptionalInt.of(256)))))).getMessage());
    }

    @Test
    void encodingRefusesColorWiderThan32BitsAndRepeatedPaths() {
        assertEquals("color 4294967296 exceeds 32 bits", assertThrows(EncodeException.class, () -> codec.encode(
            group(List.of(RedirectPath.of(v4("192.0.2.1"), OptionalLong.of(1L << 32), OptionalInt.empty())))))
            .getMessage());
        assertThrows(EncodeException.class, () -> codec.encode(group(List.of(ALL.get(0), ALL.get(0)))));
        assertEquals("source-as -1 is negative", assertThrows(EncodeException.class, () -> codec.encode(
            new RedirectGroupCommunity(false, false, -1, 0, ALL, List.of()))).getMessage());
    }

    @Test
    void attributeSplitsIntoContainersAndJoinsBack() throws WireFormatException {
        final String wire = "0001 00 00 0018 " + HEAD + " 03 0009 " + PATH1 + " 0002 80 00 0002 beef";
        final List<CommunityContainer> containers = CommunityContainerCodec.decodeAttribute(buf(wire));
        assertEquals(2, containers.size());
        assertEquals(new CommunityContainer(2, 0x80, Octets.fromHex("beef")), containers.get(1));
        final ByteBuf out = Unpooled.buffer();
        CommunityContainerCodec.encodeAttribute(containers, out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void containerRunningPastTheAttributeIsTreatAsWithdraw() {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, assertThrows(WireFormatException.class,
            () -> CommunityContainerCodec.decodeAttribute(buf("0001 00 00 0003 beef"))).treatment());
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, assertThrows(WireFormatException.class,
            () -> CommunityContainerCodec.decodeAttribute(buf("0001 00 00"))).treatment());
    }
}
