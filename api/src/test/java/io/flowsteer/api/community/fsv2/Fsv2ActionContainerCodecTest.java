/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

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
import io.flowsteer.api.community.wide.CommunityContainer;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.WideCommunityTlv;
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
 * Byte-exact tests of {@link Fsv2ActionContainerCodec}. Every hex string is written by hand from the layouts of
 * draft-ietf-idr-wide-bgp-communities section 2 (container header), draft-wu-idr-flowspec-redirect-group-01
 * section 2 (community value, source AS, context AS, TLVs) and draft-liu-idr-flowspec-redirect-sr-segment-list
 * section 3.1 (the action sub-TLV); the malformed cases follow section 4 of draft-liu.
 */
class Fsv2ActionContainerCodecTest {
    private static final String ORIGINATOR = "0000fde8 000000000000000000000000c0000202";
    /** The 48-octet IPv4 action sub-TLV: sub-type 0xfff0, length 44, F set. */
    private static final String SR_V4 = "fff0 002c 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR
        + " 00000001 00000002";
    /** The 60-octet IPv6 action sub-TLV: length 56, F and R set. */
    private static final String SR_V6 = "fff0 0038 c0 0002 00 00000064 20010db8000000000000000000000001 0000000a "
        + ORIGINATOR + " 00000001 00000002";
    /** Community value 0x80000002, source AS 0, context AS 0. */
    private static final String HEAD = "80000002 00000000 00000000";
    /** Container of one IPv4 action: contents 12 + 3 + 48 = 63 octets. */
    private static final String CONTAINER_V4 = "0001 00 00 003f " + HEAD + " 03 0030 " + SR_V4;
    /** Container of one IPv6 action: contents 12 + 3 + 60 = 75 octets. */
    private static final String CONTAINER_V6 = "0001 00 00 004b " + HEAD + " 03 003c " + SR_V6;
    /** A redirect group container (value 0x80000001) with one type-1 path-tlv: contents 12 + 3 + 9. */
    private static final String GROUP = "0001 00 00 0018 80000001 00000000 00000000 03 0009 01 0006 0000 c0000201";

    private static final Originator ORIGIN = Originator.ofIpv4(65000, v4("192.0.2.2"));
    private static final SrSegmentListAction ACTION_V4 =
        new SrSegmentListAction(true, false, 100, v4("192.0.2.1"), 10, ORIGIN, 1, 2);
    private static final SrSegmentListAction ACTION_V6 =
        new SrSegmentListAction(true, true, 100, v6("2001:db8::1"), 10, ORIGIN, 1, 2);

    private final Fsv2ActionContainerCodec codec = new Fsv2ActionContainerCodec();

    static Stream<Arguments> encodings() {
        return Stream.of(
            Arguments.of(CONTAINER_V4, Fsv2ActionCommunity.of(List.of(ACTION_V4))),
            Arguments.of(CONTAINER_V6, Fsv2ActionCommunity.of(List.of(ACTION_V6))),
            // flags C and T, source AS 65000, context AS 65001, a Target(s) TLV before and a type-4 TLV after
            Arguments.of("0001 03 00 0048 80000002 0000fde8 0000fde9 01 0002 abcd 03 0030 " + SR_V4 + " 04 0001 ef",
                new Fsv2ActionCommunity(true, true, 65000, 65001, List.of(ACTION_V4), List.of(
                    new WideCommunityTlv(WideCommunityTlv.TARGETS, Octets.fromHex("abcd")),
                    new WideCommunityTlv(4, Octets.fromHex("ef"))))),
            // an unknown sub-TLV before the SR action: parameters 7 + 48 = 55, contents 12 + 3 + 55 = 70
            Arguments.of("0001 00 00 0046 " + HEAD + " 03 0037 0001 0003 aabbcc " + SR_V4,
                Fsv2ActionCommunity.of(List.of(new UnknownFsv2Action(1, Octets.fromHex("aabbcc")), ACTION_V4))),
            // no action at all: an empty Parameter(s) TLV
            Arguments.of("0001 00 00 000f " + HEAD + " 03 0000", Fsv2ActionCommunity.of(List.of())));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("encodings")
    void encodesTheActionsInsideTheParameterTlvOfAWideCommunity(final String expected,
            final Fsv2ActionCommunity community) {
        final ByteBuf out = Unpooled.buffer();
        codec.encode(community, out);
        assertEquals(compact(expected), hex(out));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("encodings")
    void decodesEveryField(final String wire, final Fsv2ActionCommunity expected) throws WireFormatException {
        final ByteBuf in = buf(wire);
        assertEquals(List.of(expected), codec.decodeAttribute(in));
        assertEquals(0, in.readableBytes());
    }

    @Test
    void unknownSubTlvIsKeptRawAndSentOnUnchanged() throws WireFormatException {
        final String wire = "0001 00 00 0046 " + HEAD + " 03 0037 0001 0003 aabbcc " + SR_V4;
        final Fsv2ActionCommunity decoded = codec.decodeAttribute(buf(wire)).get(0);
        assertEquals(new UnknownFsv2Action(1, Octets.fromHex("aabbcc")), decoded.actions().get(0));
        assertEquals(List.of(ACTION_V4), decoded.srSegmentListActions());
        final ByteBuf out = Unpooled.buffer();
        codec.encode(decoded, out);
        assertEquals(compact(wire), hex(out));
    }

    @Test
    void groupAndActionContainersShareOneAttributeAndOnlyTheActionOneIsDecodedHere() throws WireFormatException {
        final ByteBuf attribute = buf(GROUP + CONTAINER_V4);
        assertEquals(List.of(Fsv2ActionCommunity.of(List.of(ACTION_V4))), codec.decodeAttribute(attribute));
        final List<CommunityContainer> containers = CommunityContainerCodec.decodeAttribute(buf(GROUP + CONTAINER_V4));
        assertFalse(codec.isFsv2ActionContainer(containers.get(0)));
        assertTrue(codec.isFsv2ActionContainer(containers.get(1)));
        assertEquals(List.of(), codec.decodeAttribute(buf(GROUP)));
    }

    @Test
    void configuredCommunityValueAndSubTypeAreUsed() throws WireFormatException {
        final Fsv2ActionContainerCodec custom = new Fsv2ActionContainerCodec(0x12345678L,
            new SrSegmentListActionCodec(0x0123));
        final ByteBuf out = Unpooled.buffer();
        custom.encode(Fsv2ActionCommunity.of(List.of(ACTION_V4)), out);
        final String expected = compact(CONTAINER_V4.replace("80000002", "12345678").replace("fff0", "0123"));
        assertEquals(expected, hex(out));
        assertEquals(List.of(Fsv2ActionCommunity.of(List.of(ACTION_V4))), custom.decodeAttribute(out));
        // the default codec sees neither the value nor, inside its own value, the sub-type
        assertEquals(List.of(), codec.decodeAttribute(buf(expected)));
        assertEquals(List.of(new UnknownFsv2Action(0x0123, Octets.fromHex(compact(SR_V4).substring(8)))),
            codec.decodeAttribute(buf(CONTAINER_V4.replace("fff0", "0123"))).get(0).actions());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            // draft-liu section 3.1 / 4: the action sub-TLV itself
            Arguments.of("AFI 3", CONTAINER_V4.replace("80 0001 00", "80 0003 00")),
            Arguments.of("AFI 0", CONTAINER_V4.replace("80 0001 00", "80 0000 00")),
            Arguments.of("does not match AFI 2", CONTAINER_V4.replace("80 0001 00", "80 0002 00")),
            Arguments.of("does not match AFI 1", "0001 00 00 004b " + HEAD + " 03 003c "
                + SR_V6.replace("c0 0002 00", "c0 0001 00")),
            Arguments.of("segment list id 0", CONTAINER_V4.replace("00000001 00000002", "00000001 00000000")),
            Arguments.of("color 0", CONTAINER_V4.replace("00 00000064 c0000201", "00 00000000 c0000201")),
            // the sub-TLV length: one short (43 octets of value), shorter than the value's header, past the TLV
            Arguments.of("length 43", "0001 00 00 003e " + HEAD + " 03 002f "
                + SR_V4.replace("fff0 002c", "fff0 002b").replace("00000001 00000002", "00000001 000000")),
            Arguments.of("shorter than its 4-octet header", "0001 00 00 0015 " + HEAD + " 03 0006 fff0 0002 8000"),
            Arguments.of("has length 45, exceeds", CONTAINER_V4.replace("fff0 002c", "fff0 002d")),
            Arguments.of("has length 5, exceeds", "0001 00 00 0015 " + HEAD + " 03 0006 0001 0005 aabb"),
            Arguments.of("sub-TLV header at offset 15 needs 4 octets", "0001 00 00 0012 " + HEAD + " 03 0003 fff000"),
            // the container (Flowsteer's reading: exactly one Parameter(s) TLV, TLVs inside the container)
            Arguments.of("TLV 3 length 49 exceeds", CONTAINER_V4.replace("03 0030", "03 0031")),
            Arguments.of("TLV header needs 3 octets", "0001 00 00 0041 " + HEAD + " 03 0030 " + SR_V4 + " 0100"),
            Arguments.of("0 Parameter(s) TLVs", "0001 00 00 000f " + HEAD + " 01 0000"),
            Arguments.of("2 Parameter(s) TLVs", "0001 00 00 0042 " + HEAD + " 03 0030 " + SR_V4 + " 03 0000"),
            Arguments.of("needs 12 octets before its TLVs", "0001 00 00 0008 80000002 00000000"),
            // the attribute (draft-ietf-idr-wide-bgp-communities section 2)
            Arguments.of("community container length 64", CONTAINER_V4.replace("003f", "0040")),
            Arguments.of("community container header needs 6 octets", CONTAINER_V4 + "0001 00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedContainerOrActionIsTreatAsWithdrawNamingTheField(final String field, final String wire) {
        final WireFormatException error = assertThrows(WireFormatException.class,
            () -> codec.decodeAttribute(buf(wire)));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, error.treatment());
        assertTrue(error.getMessage().contains(field), error.getMessage());
    }

    @Test
    void everyTruncationOfAValidAttributeIsTreatAsWithdraw() {
        final byte[] whole = buf(GROUP + CONTAINER_V6).array();
        for (int length = 1; length < whole.length; length++) {
            if (length == compact(GROUP).length() / 2) {
                continue;
            }
            final ByteBuf truncated = Unpooled.wrappedBuffer(whole, 0, length);
            assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, assertThrows(WireFormatException.class,
                () -> codec.decodeAttribute(truncated), "length " + length).treatment());
        }
    }

    @Test
    void decodingAnotherContainerIsRefused() {
        final CommunityContainer group = new CommunityContainer(1, 0, Octets.fromHex(compact(GROUP).substring(12)));
        assertFalse(codec.isFsv2ActionContainer(group));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> codec.decode(group)).treatment());
        assertFalse(codec.isFsv2ActionContainer(new CommunityContainer(2, 0, Octets.fromHex(compact(HEAD)))));
    }

    @Test
    void encodingRefusesWhatCouldNotBeDecodedTheSameWay() {
        final ByteBuf out = Unpooled.buffer();
        assertEquals("unknown action sub-type 65520 is the redirect to SR policy segment list sub-type",
            assertThrows(EncodeException.class, () -> codec.encode(Fsv2ActionCommunity.of(
                List.of(new UnknownFsv2Action(0xfff0, Octets.fromHex("00")))), out)).getMessage());
        assertEquals("other-tlvs type 3 duplicates the Parameter(s) TLV", assertThrows(EncodeException.class,
            () -> codec.encode(new Fsv2ActionCommunity(false, false, 0, 0, List.of(ACTION_V4),
                List.of(new WideCommunityTlv(3, Octets.fromHex("00")))), out)).getMessage());
        assertEquals("segment-list-id 0 out of range 1..4294967295", assertThrows(EncodeException.class,
            () -> codec.encode(Fsv2ActionCommunity.of(List.of(
                new SrSegmentListAction(false, false, 1, v4("192.0.2.1"), 0, ORIGIN, 0, 0))), out)).getMessage());
        assertEquals(0, out.writerIndex());
    }
}
