/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static io.flowsteer.api.wire.Fsv1RfcExamplesTest.hex;
import static io.flowsteer.api.wire.Fsv1RfcExamplesTest.v4;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fsv2NlriCodecTest {
    private static final Fsv2NlriCodec V4 = new Fsv2NlriCodec(Fsv2Config.DEFAULT, Afi.IPV4);
    private static final String EXAMPLE = "001a 00000001 0000000a 0100 000e 800a 0004 18c00002 001e 0002 8106";
    private static final Fsv2Nlri EXAMPLE_NLRI = new Fsv2Nlri(Afi.IPV4, 1, 10, List.of(new Fsv2FilterFamily(256,
        List.of(new Fsv2IpComponent(true,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(192, 0, 2, 0), 24)),
            new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6))))));

    private static WireFormatException decodeError(final String wire) {
        return assertThrows(WireFormatException.class, () -> V4.decode(Unpooled.wrappedBuffer(hex(wire))));
    }

    @Test
    void encodesDfcUserOrderFamilyAndComponentTlvs() {
        assertArrayEquals(hex(EXAMPLE), V4.encode(EXAMPLE_NLRI));
    }

    @Test
    void decodesDfcUserOrderFamilyAndComponentTlvs() throws WireFormatException {
        assertEquals(EXAMPLE_NLRI, V4.decode(Unpooled.wrappedBuffer(hex(EXAMPLE))));
    }

    @Test
    void reservedFlagBitsAreIgnoredOnReceiptAndNotSent() throws WireFormatException {
        final Fsv2Nlri nlri = V4.decode(Unpooled.wrappedBuffer(hex(
            "001a 00000001 0000000a 0100 000e 700a 0004 18c00002 001e 0002 8106")));
        assertFalse(nlri.families().get(0).components().get(0).optional());
        assertEquals(0x00, V4.encode(nlri)[16] & 0xf0);
    }

    @Test
    void unknownFamiliesAndComponentsAreCarriedUnchanged() throws WireFormatException {
        final String wire = "001b 00000000 00000000 0032 0005 0007 0001 aa 0100 0006 8fa0 0002 0102";
        final Fsv2Nlri nlri = V4.decode(Unpooled.wrappedBuffer(hex(wire)));
        assertEquals(List.of(new Fsv2OpaqueComponent(false, 7, Octets.copyOf(hex("aa")))),
            nlri.families().get(0).components());
        assertEquals(new Fsv2OpaqueComponent(true, 4000, Octets.copyOf(hex("0102"))),
            nlri.families().get(1).components().get(0));
        assertArrayEquals(hex(wire), V4.encode(nlri));
    }

    @Test
    void ipBasicFamilyTypeIsConfigurable() throws WireFormatException {
        final Fsv2NlriCodec codec = new Fsv2NlriCodec(new Fsv2Config(7, 200, 201), Afi.IPV4);
        final Fsv2Nlri nlri = codec.decode(Unpooled.wrappedBuffer(hex(
            "0014 00000000 00000000 0007 0008 001e 0004 0106 8111")));
        assertEquals(new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6, 17)),
            nlri.families().get(0).components().get(0));
        assertThrows(EncodeException.class, () -> V4.encode(nlri));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NLRI shorter than DFC and User Order, 0007 00000000 000000",
        "NLRI length overruns the field, 001b 00000001 0000000a 0100 000e 800a 0004 18c00002 001e 0002 8106",
        "length field truncated, 00",
        "family TLV overruns the NLRI, 0010 00000000 00000000 0100 0005 001e 0000",
        "component TLV overruns its family, 0010 00000000 00000000 0100 0004 001e 0001",
        "component header not contained in family, 0012 00000000 00000000 0100 0006 001e 0000 0000",
        "family header not contained in NLRI, 0012 00000000 00000000 0100 0004 001e 0000 0000",
    })
    void structuralErrorsAreSessionReset(final String name, final String wire) {
        assertEquals(ErrorTreatment.SESSION_RESET, decodeError(wire).treatment(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "duplicate component TLV, 0016 00000000 00000000 0100 000a 001e 0002 8106 001e 0000",
        "unsorted component TLVs, 0018 00000000 00000000 0100 000c 001e 0002 8106 000a 0002 0000",
        "unsorted family TLVs, 001a 00000000 00000000 0100 0004 0fa0 0000 0032 0006 0001 0002 0000",
        "value longer than its operator list, 0013 00000000 00000000 0100 0007 001e 0003 810600",
        "operator list without end bit, 0012 00000000 00000000 0100 0006 001e 0002 0106",
        "IPv4 prefix length 33, 0012 00000000 00000000 0100 0006 000a 0002 2100",
        "dscp in two octets, 0013 00000000 00000000 0100 0007 006e 0003 910001",
        "flow label in IPv4, 0012 00000000 00000000 0100 0006 0082 0002 8101",
        "empty family, 0014 00000000 00000000 0032 0000 0100 0004 0fa0 0000",
        "no filter family in the 8 octets of section 3.1, 0008 00000000 00000000",
        "one empty family in 12 octets below the section 5.1 minimum, 000c 00000000 00000000 0100 0000",
    })
    void contentErrorsAreTreatAsWithdraw(final String name, final String wire) {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, decodeError(wire).treatment(), name);
    }

    @Test
    void wellFormedNlrisBelowTheTwentyOctetsOfSectionFiveOneAreAccepted() throws WireFormatException {
        // 16 octets: one component with an empty value; 18 octets: what Flowsteer sends for one 1-octet term
        assertEquals(new Fsv2Nlri(Afi.IPV4, 0, 0, List.of(new Fsv2FilterFamily(256, List.of(
            new Fsv2OpaqueComponent(false, 0x0fa0, Octets.copyOf(new byte[0])))))),
            V4.decode(Unpooled.wrappedBuffer(hex("0010 00000000 00000000 0100 0004 0fa0 0000"))));
        final String eighteen = "0012 00000000 00000000 0100 0006 001e 0002 8106";
        assertArrayEquals(hex(eighteen), V4.encode(V4.decode(Unpooled.wrappedBuffer(hex(eighteen)))));
    }

    @Test
    void fieldWithOneMalformedNlriYieldsTheOthers() throws WireFormatException {
        final DecodedNlris<Fsv2Nlri> result = V4.decodeAll(Unpooled.wrappedBuffer(hex(
            "0016 00000000 00000000 0100 000a 001e 0002 8106 001e 0000" + EXAMPLE)));
        assertEquals(List.of(EXAMPLE_NLRI), result.nlris());
        assertTrue(result.treatAsWithdraw());
    }

    @Test
    void ipv6PrefixWithOffsetRoundTrips() throws WireFormatException {
        final Fsv2NlriCodec v6 = new Fsv2NlriCodec(Fsv2Config.DEFAULT, Afi.IPV6);
        final Fsv2Nlri nlri = new Fsv2Nlri(Afi.IPV6, 0, 5, List.of(new Fsv2FilterFamily(256, List.of(
            new Fsv2IpComponent(false, IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
                hex("0000000000000000123456789a000000"), 65, 104)),
            new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.FLOW_LABEL, 7))))));
        final byte[] wire = v6.encode(nlri);
        // the flow label value is 4 octets (RFC 8956 section 3.7)
        assertArrayEquals(hex("0020 00000000 00000005 0100 0014 0014 0007 6841 2468acf134 0082 0005 a100000007"),
            wire);
        assertEquals(nlri, v6.decode(Unpooled.wrappedBuffer(wire)));
    }

    @Test
    void codecIsChosenByTheConfiguredSafi() {
        assertEquals(Afi.IPV6, Fsv2NlriCodec.forAfiSafi(Fsv2Config.DEFAULT, 2, Fsv2Config.DEFAULT_SAFI).afi());
        assertEquals(null, Fsv2NlriCodec.forAfiSafi(Fsv2Config.DEFAULT, 1, 133));
        assertEquals(null, Fsv2NlriCodec.forAfiSafi(Fsv2Config.DEFAULT, 6, Fsv2Config.DEFAULT_SAFI));
    }

    @Test
    void outOfRangeHeaderValuesAreRefusedNamingTheField() {
        final List<Fsv2FilterFamily> families = EXAMPLE_NLRI.families();
        assertEquals("fsv2 user order 4294967296 exceeds 32 bits", assertThrows(EncodeException.class,
            () -> new Fsv2Nlri(Afi.IPV4, 0, 1L << 32, families)).getMessage());
        assertThrows(EncodeException.class, () -> new Fsv2OpaqueComponent(false, 4096, Octets.copyOf(new byte[0])));
    }
}
