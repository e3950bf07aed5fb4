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
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-exact tests of {@link SrSegmentListActionCodec}, hex derived by hand from
 * draft-liu-idr-flowspec-redirect-sr-segment-list section 3.1.
 */
class SrSegmentListActionCodecTest {
    private static final String ORIGINATOR = "0000fde8 000000000000000000000000c0000202";
    private static final String V4 = "fff0 002c 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR
        + " 00000001 00000002";
    private static final String V6 = "fff0 0038 c0 0002 00 00000064 20010db8000000000000000000000001 0000000a "
        + ORIGINATOR + " 00000001 00000002";

    private static final Originator ORIGIN = Originator.ofIpv4(65000, v4("192.0.2.2"));

    private final SrSegmentListActionCodec codec = new SrSegmentListActionCodec();

    static Stream<Arguments> encodings() {
        return Stream.of(
            Arguments.of(V4, new SrSegmentListAction(true, false, 100, v4("192.0.2.1"), 10, ORIGIN, 1, 2)),
            Arguments.of(V6, new SrSegmentListAction(true, true, 100, v6("2001:db8::1"), 10, ORIGIN, 1, 2)),
            Arguments.of("fff0 002c 40 0001 00 ffffffff c0000201 ffffffff ffffffff"
                + " 20010db8000000000000000000000009 ffffffff ffffffff",
                new SrSegmentListAction(false, true, 0xffffffffL, v4("192.0.2.1"), 0xffffffffL,
                    new Originator(0xffffffffL, v6("2001:db8::9")), 0xffffffffL, 0xffffffffL)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("encodings")
    void encodesEveryFieldAtItsSpecifiedOffset(final String expected, final SrSegmentListAction action) {
        final ByteBuf out = Unpooled.buffer();
        codec.encode(action, out);
        assertEquals(compact(expected), hex(out));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("encodings")
    void decodesEveryField(final String wire, final SrSegmentListAction expected) throws WireFormatException {
        final ByteBuf in = buf(wire);
        assertEquals(expected, codec.decode(in));
        assertEquals(0, in.readableBytes());
    }

    @Test
    void reservedBitsAreIgnoredOnReceipt() throws WireFormatException {
        assertEquals(new SrSegmentListAction(true, false, 100, v4("192.0.2.1"), 10, ORIGIN, 1, 2),
            codec.decode(buf(V4.replace("80 0001 00", "bf 0001 ff"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // segment list id 0
        "fff0 002c 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000000",
        // AFI 3
        "fff0 002c 80 0003 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // AFI 0
        "fff0 002c 80 0000 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // AFI 2 with the IPv4 length
        "fff0 002c 80 0002 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // color 0
        "fff0 002c 80 0001 00 00000000 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // length one short of the value
        "fff0 002b 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 000000",
        // length past the buffer
        "fff0 002d 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // value shorter than its header
        "fff0 0002 80 00",
        // other sub-type
        "0001 002c 80 0001 00 00000064 c0000201 0000000a " + ORIGINATOR + " 00000001 00000002",
        // truncated header
        "fff0 00"
    })
    void malformedSubTlvIsTreatAsWithdraw(final String wire) {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            assertThrows(WireFormatException.class, () -> codec.decode(buf(wire))).treatment());
    }

    @Test
    void configuredSubTypeIsUsed() throws WireFormatException {
        final SrSegmentListActionCodec custom = new SrSegmentListActionCodec(0x0123);
        final ByteBuf out = Unpooled.buffer();
        final SrSegmentListAction action = new SrSegmentListAction(true, false, 100, v4("192.0.2.1"), 10, ORIGIN, 1, 2);
        custom.encode(action, out);
        assertEquals(compact(V4.replaceFirst("fff0", "0123")), hex(out));
        assertEquals(action, custom.decode(out));
    }

    @Test
    void encodingRefusesSegmentListIdZeroAndColorZero() {
        final ByteBuf out = Unpooled.buffer();
        assertEquals("segment-list-id 0 out of range 1..4294967295", assertThrows(EncodeException.class,
            () -> codec.encode(new SrSegmentListAction(false, false, 1, v4("192.0.2.1"), 0, ORIGIN, 0, 0), out))
            .getMessage());
        assertEquals("color 0 out of range 1..4294967295", assertThrows(EncodeException.class,
            () -> codec.encode(new SrSegmentListAction(false, false, 0, v4("192.0.2.1"), 0, ORIGIN, 0, 1), out))
            .getMessage());
        assertEquals("discriminator 4294967296 exceeds 32 bits", assertThrows(EncodeException.class,
            () -> codec.encode(new SrSegmentListAction(false, false, 1, v4("192.0.2.1"), 0, ORIGIN, 1L << 32, 1), out))
            .getMessage());
        assertEquals(0, out.writerIndex());
    }
}
