/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlriTextTest {
    @Test
    void theRfc8955DnsExampleReadsAsItsComponents() {
        // RFC 8955 section 4.2.2 style: dst 192.0.2.0/24, proto =17, sport =53, length >=512
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, null, List.of(
            IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {(byte) 192, 0, 2, 0}, 24),
            new NumericComponent(ComponentType.IP_PROTOCOL, List.of(new NumericTerm(false, NumericTerm.EQ, 17))),
            new NumericComponent(ComponentType.SOURCE_PORT, List.of(new NumericTerm(false, NumericTerm.EQ, 53))),
            new NumericComponent(ComponentType.PACKET_LENGTH,
                List.of(new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 512)))));
        assertEquals("destination prefix 192.0.2.0/24, ip protocol =17, source port =53, packet length >=512",
            NlriText.describe(nlri));
    }

    @Test
    void rangesAndFlagsShowTheirOperators() {
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, null, List.of(
            new NumericComponent(ComponentType.DESTINATION_PORT, List.of(
                new NumericTerm(false, NumericTerm.GT | NumericTerm.EQ, 1000),
                new NumericTerm(true, NumericTerm.LT | NumericTerm.EQ, 2000),
                new NumericTerm(false, NumericTerm.EQ, 8080))),
            new BitmaskComponent(ComponentType.TCP_FLAGS, List.of(new BitmaskTerm(false, false, true, 0x02),
                new BitmaskTerm(true, true, false, 0x10)))));
        assertEquals("destination port >=1000 && <=2000 || =8080, tcp flags =S && !A", NlriText.describe(nlri));
    }

    @Test
    void anIpv6PrefixWithAnOffsetShowsTheOffsetAndThePatternWhereItMatches() throws Exception {
        // RFC 8956 3.1: length 64, offset 32, pattern 0x20010db8 compares address bits 32-63
        final Fsv1Nlri nlri = new Fsv1NlriCodec(Afi.IPV6, false).decode(io.netty.buffer.Unpooled.wrappedBuffer(
            HexFormat.of().parseHex("0701402020010db8")));
        assertEquals("destination prefix 0:0:2001:db8:0:0:0:0/64 offset 32", NlriText.describe(nlri));
    }
}
