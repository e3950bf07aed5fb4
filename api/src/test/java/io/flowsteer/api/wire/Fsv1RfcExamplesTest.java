/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example encodings printed in RFC 8955 section 4.2.3 (and RFC 5575's version of its first example) and in
 * RFC 8956 section 3.8, decoded and re-encoded octet for octet.
 */
class Fsv1RfcExamplesTest {
    static byte[] hex(final String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    static byte[] v4(final int o1, final int o2, final int o3, final int o4) {
        return new byte[] {(byte) o1, (byte) o2, (byte) o3, (byte) o4};
    }

    static byte[] v6(final String hex32) {
        return hex(hex32);
    }

    static Stream<Arguments> examples() {
        final NumericComponent tcp = NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 6);
        return Stream.of(
            Arguments.of("RFC 8955 example 1: to 192.0.2.0/24, TCP port 25",
                "0b 01 18 c0 00 02 03 81 06 04 81 19",
                new Fsv1Nlri(Afi.IPV4,
                    IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(192, 0, 2, 0), 24), tcp,
                    NumericComponent.anyOf(ComponentType.PORT, 25))),
            Arguments.of("RFC 5575 example 1: to 10.0.1.0/24, TCP port 25",
                "0b 01 18 0a 00 01 03 81 06 04 81 19",
                new Fsv1Nlri(Afi.IPV4,
                    IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(10, 0, 1, 0), 24), tcp,
                    NumericComponent.anyOf(ComponentType.PORT, 25))),
            Arguments.of("RFC 8955 example 2: to 192.0.2.0/24 from 203.0.113.0/24, port [137, 139] or 8080",
                "12 01 18 c0 00 02 02 18 cb 00 71 04 03 89 45 8b 91 1f 90",
                new Fsv1Nlri(Afi.IPV4,
                    IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(192, 0, 2, 0), 24),
                    IpPrefixComponent.ipv4(ComponentType.SOURCE_PREFIX, v4(203, 0, 113, 0), 24),
                    new NumericComponent(ComponentType.PORT, List.of(
                        new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 137),
                        new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 139),
                        new NumericTerm(false, NumericTerm.EQ, 8080))))),
            Arguments.of("RFC 8955 example 3: to 192.0.2.1/32, fragment DF or FF",
                "09 01 20 c0 00 02 01 0c 80 05",
                new Fsv1Nlri(Afi.IPV4,
                    IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, v4(192, 0, 2, 1), 32),
                    new BitmaskComponent(ComponentType.FRAGMENT, List.of(new BitmaskTerm(false, false, false,
                        BitmaskComponent.FRAGMENT_DF | BitmaskComponent.FRAGMENT_FF))))),
            Arguments.of("RFC 8956 example 1: from ::1234:5678:9a00:0/64-104 to 2001:db8::/32, TCP",
                "12 01 20 00 20 01 0d b8 02 68 40 12 34 56 78 9a 03 81 06",
                new Fsv1Nlri(Afi.IPV6,
                    IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
                        v6("20010db8000000000000000000000000"), 0, 32),
                    IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
                        v6("0000000000000000123456789a000000"), 64, 104), tcp)),
            Arguments.of("RFC 8956 example 2: from ::1234:5678:9a00:0/65-104 to 2001:db8::/32",
                "0f 01 20 00 20 01 0d b8 02 68 41 24 68 ac f1 34",
                new Fsv1Nlri(Afi.IPV6,
                    IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
                        v6("20010db8000000000000000000000000"), 0, 32),
                    IpPrefixComponent.ipv6(ComponentType.SOURCE_PREFIX,
                        v6("0000000000000000123456789a000000"), 65, 104))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decodesRfcExample(final String name, final String wire, final Fsv1Nlri expected) throws WireFormatException {
        assertEquals(expected, new Fsv1NlriCodec(expected.afi(), false).decode(Unpooled.wrappedBuffer(hex(wire))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void encodesRfcExampleOctetForOctet(final String name, final String wire, final Fsv1Nlri nlri) {
        assertArrayEquals(hex(wire), new Fsv1NlriCodec(nlri.afi(), false).encode(nlri));
    }
}
