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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fsv1NlriCodecTest {
    private static final Fsv1NlriCodec V4 = new Fsv1NlriCodec(Afi.IPV4, false);
    private static final Fsv1NlriCodec V6 = new Fsv1NlriCodec(Afi.IPV6, false);

    private static WireFormatException decodeError(final Fsv1NlriCodec codec, final String wire) {
        return assertThrows(WireFormatException.class, () -> codec.decode(Unpooled.wrappedBuffer(hex(wire))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unsorted component types, 08 03 81 06 01 18 c0 00 02",
        "duplicate component type, 06 03 01 06 03 81 11",
        "unknown component type 14, 03 0e 81 01",
        "flow label in an IPv4 NLRI, 03 0d 81 01",
        "operator list without end bit, 05 03 01 06 01 11",
        "value overruns the NLRI, 03 04 91 19",
        "IPv4 prefix length 33, 06 01 21 c0 00 02 01",
        "IPv4 prefix octets missing, 04 01 18 c0 00",
        "dscp value in two octets, 04 0b 91 00 0a",
        "fragment bitmask in two octets, 04 0c 90 00 01",
        "tcp flags bitmask in four octets, 06 09 a0 00 00 00 02",
        "protocol value wider than 8 bits, 04 03 91 01 2c",
        "empty NLRI, 00",
    })
    void malformedContentIsTreatAsWithdraw(final String name, final String wire) {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, decodeError(V4, wire).treatment(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "IPv6 offset equal to length, 04 01 20 20 00",
        "IPv6 length 129, 05 01 81 00 20 01",
    })
    void malformedIpv6ContentIsTreatAsWithdraw(final String name, final String wire) {
        final WireFormatException error = decodeError(V6, wire);
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, error.treatment(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "one-octet length overruns the field, 0c 01 18 c0 00 02 03 81 06 04 81 19",
        "two-octet length overruns the field, f1 00 01 18 c0 00 02",
        "two-octet length truncated, f0",
    })
    void lengthOverrunningTheFieldIsSessionReset(final String name, final String wire) {
        assertEquals(ErrorTreatment.SESSION_RESET, decodeError(V4, wire).treatment(), name);
    }

    @Test
    void malformedNlriIsSkippedAndTheNextOneDecoded() throws WireFormatException {
        final ByteBuf field = Unpooled.wrappedBuffer(hex("08 03 81 06 01 18 c0 00 02"
            + "0b 01 18 c0 00 02 03 81 06 04 81 19"));
        final DecodedNlris<Fsv1Nlri> result = V4.decodeAll(field);
        assertEquals(1, result.nlris().size());
        assertEquals(1, result.malformed().size());
        assertTrue(result.treatAsWithdraw());
        assertEquals(3, result.nlris().get(0).components().size());
    }

    @Test
    void fieldPackedWithManyNlrisDecodesAll() throws WireFormatException {
        final ByteBuf field = Unpooled.buffer();
        final List<Fsv1Nlri> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4,
                IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(10, i, 0, 0), 16),
                NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 1000 + i));
            expected.add(nlri);
            V4.encode(nlri, field);
        }
        final DecodedNlris<Fsv1Nlri> result = V4.decodeAll(field);
        assertEquals(expected, result.nlris());
        assertEquals(List.of(), result.malformed());
    }

    @Test
    void lengthOf240AndAboveUsesTheTwoOctetForm() throws WireFormatException {
        final long[] values = new long[120];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.PORT, values));
        final byte[] wire = V4.encode(nlri);
        assertEquals(243, wire.length);
        assertEquals(0xf0, wire[0] & 0xff);
        assertEquals(241, wire[1] & 0xff);
        assertEquals(nlri, V4.decode(Unpooled.wrappedBuffer(wire)));
    }

    @Test
    void lengthOf239UsesTheOneOctetForm() {
        final long[] values = new long[119];
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.PORT, values));
        final byte[] wire = V4.encode(nlri);
        assertEquals(239, wire[0] & 0xff);
        assertEquals(240, wire.length);
    }

    @Test
    void twoOctetFormOfAShortNlriIsAccepted() throws WireFormatException {
        assertEquals(V4.decode(Unpooled.wrappedBuffer(hex("0b 01 18 c0 00 02 03 81 06 04 81 19"))),
            V4.decode(Unpooled.wrappedBuffer(hex("f0 0b 01 18 c0 00 02 03 81 06 04 81 19"))));
    }

    @Test
    void nlriOver4095OctetsIsRefused() {
        final long[] values = new long[2100];
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.PORT, values));
        final EncodeException error = assertThrows(EncodeException.class, () -> V4.encode(nlri));
        assertTrue(error.getMessage().contains("exceeds 4095"), error.getMessage());
    }

    @Test
    void vpnNlriCarriesRouteDistinguisherInsideTheLength() throws WireFormatException {
        final Fsv1NlriCodec vpn = new Fsv1NlriCodec(Afi.IPV4, true);
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, new RouteDistinguisher(0x0000fde8_00000064L),
            List.of(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17)));
        final byte[] wire = vpn.encode(nlri);
        assertArrayEquals(hex("0b 00 00 fd e8 00 00 00 64 03 81 11"), wire);
        assertEquals(nlri, vpn.decode(Unpooled.wrappedBuffer(wire)));
        assertEquals(134, vpn.safi());
    }

    @Test
    void codecIsChosenByAfiAndSafi() {
        assertEquals(Afi.IPV6, Fsv1NlriCodec.forAfiSafi(2, 134).afi());
        assertEquals(134, Fsv1NlriCodec.forAfiSafi(2, 134).safi());
        assertEquals(133, Fsv1NlriCodec.forAfiSafi(1, 133).safi());
        assertEquals(null, Fsv1NlriCodec.forAfiSafi(1, 1));
        assertEquals(null, Fsv1NlriCodec.forAfiSafi(25, 133));
    }

    @Test
    void vpnNlriShorterThanRouteDistinguisherIsTreatAsWithdraw() {
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW,
            decodeError(new Fsv1NlriCodec(Afi.IPV4, true), "03 00 00 01").treatment());
    }

    @Test
    void encoderRefusesRouteDistinguisherMismatch() {
        final Fsv1Nlri plain = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17));
        assertThrows(EncodeException.class, () -> new Fsv1NlriCodec(Afi.IPV4, true).encode(plain));
        assertThrows(EncodeException.class, () -> V6.encode(plain));
    }

    @Test
    void valueLengthIsMinimal() {
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, NumericComponent.anyOf(ComponentType.PORT, 255, 256),
            NumericComponent.anyOf(ComponentType.PACKET_LENGTH, 70000));
        assertArrayEquals(hex("0c 04 01 ff 91 01 00 0a a1 00 01 11 70"), V4.encode(nlri));
    }

    @Test
    void andBitOfFirstTermIsIgnoredOnDecode() throws WireFormatException {
        final Fsv1Nlri nlri = V4.decode(Unpooled.wrappedBuffer(hex("03 03 c1 06")));
        assertEquals(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6), nlri.components().get(0));
    }

    @Test
    void dscpUpperBitsAreTreatedAsZero() throws WireFormatException {
        final Fsv1Nlri nlri = V4.decode(Unpooled.wrappedBuffer(hex("03 0b 81 c2")));
        assertEquals(NumericComponent.anyOf(ComponentType.DSCP, 2), nlri.components().get(0));
    }

    @Test
    void prefixTrailingBitsAreIgnored() throws WireFormatException {
        final Fsv1Nlri nlri = V4.decode(Unpooled.wrappedBuffer(hex("05 01 17 c0 00 03")));
        assertEquals(IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(192, 0, 2, 0), 23),
            nlri.components().get(0));
    }

    @Test
    void ipv6FragmentDfBitIsIgnoredOnDecode() throws WireFormatException {
        final Fsv1Nlri nlri = V6.decode(Unpooled.wrappedBuffer(hex("03 0c 81 03")));
        assertEquals(new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, true,
            BitmaskComponent.FRAGMENT_ISF))), nlri.components().get(0));
    }

    @Test
    void ipv6MatchAllPrefixIsAccepted() throws WireFormatException {
        final Fsv1Nlri nlri = V6.decode(Unpooled.wrappedBuffer(hex("03 01 00 00")));
        assertEquals(0, ((IpPrefixComponent) nlri.components().get(0)).length());
    }

    @Test
    void ipv6FlowLabelRoundTrips() throws WireFormatException {
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV6, NumericComponent.anyOf(ComponentType.FLOW_LABEL, 0xfffff));
        final byte[] wire = V6.encode(nlri);
        assertArrayEquals(hex("06 0d a1 00 0f ff ff"), wire);
        assertEquals(nlri, V6.decode(Unpooled.wrappedBuffer(wire)));
    }

    @Test
    void flowLabelValuesAreSentAsFourOctetsEvenWhenSmall() throws WireFormatException {
        // RFC 8956 section 3.7: SHOULD be encoded as 4-octet quantities (len = 10); other components stay minimal
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV6, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6),
            new NumericComponent(ComponentType.FLOW_LABEL, List.of(new NumericTerm(false, NumericTerm.EQ, 7),
                new NumericTerm(false, NumericTerm.EQ, 0x1234))));
        final byte[] wire = V6.encode(nlri);
        assertArrayEquals(hex("0e 03 81 06 0d 21 00000007 a1 00001234"), wire);
        assertEquals(nlri, V6.decode(Unpooled.wrappedBuffer(wire)));
        // a shorter value length is still accepted on receipt
        assertEquals(new Fsv1Nlri(Afi.IPV6, NumericComponent.anyOf(ComponentType.FLOW_LABEL, 7)),
            V6.decode(Unpooled.wrappedBuffer(hex("03 0d 81 07"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DSCP, 64, dscp value 64 exceeds 6 bits",
        "IP_PROTOCOL, 256, ip protocol value 256 exceeds 8 bits",
        "PORT, 65536, port value 65536 exceeds 16 bits",
        "FLOW_LABEL, 1048576, flow label value 1048576 exceeds 20 bits",
    })
    void unencodableValueIsRefusedNamingTheField(final ComponentType type, final long value, final String message) {
        assertEquals(message, assertThrows(EncodeException.class,
            () -> NumericComponent.anyOf(type, value)).getMessage());
    }

    @Test
    void fragmentDfBitIsRefusedForIpv6() {
        final BitmaskComponent df = new BitmaskComponent(ComponentType.FRAGMENT,
            List.of(new BitmaskTerm(false, false, true, BitmaskComponent.FRAGMENT_DF)));
        assertThrows(EncodeException.class, () -> new Fsv1Nlri(Afi.IPV6, df));
    }

    @Test
    void unsortedComponentsAreRefused() {
        assertThrows(EncodeException.class, () -> new Fsv1Nlri(Afi.IPV4,
            NumericComponent.anyOf(ComponentType.PORT, 1), NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6)));
    }
}
