/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The legacy redirect to IP next hop (draft-simpson-idr-flowspec-redirect section 3) as tshark reads the UPDATE: the
 * target is the next hop of MP_REACH_NLRI (4 octets for IPv4, 16 for IPv6, RFC 4760 section 3) and the route carries
 * the 0x0800 community with the copy bit as encoded. tshark 4.0 names neither the community nor a flowspec next hop:
 * the community's type and value octets, and the octets of MP_REACH_NLRI as tshark frames them, are compared.
 */
class TsharkRedirectNextHopTest {
    private final UpdateMessageEncoder encoder = new UpdateMessageEncoder(new ExtendedCommunityCodec(),
        Fsv2Config.DEFAULT, UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);
    private final SessionEncoding session = new SessionEncoding(65000, false, true, 4096);

    @Test
    void theIpv4TargetIsTheNextHopAndTheCommunityCarriesTheCopyBit() throws Exception {
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 198, 51, 100, 0}, 24));
        final TsharkHarness.Dissection dissection = dissect(encoder.advertise(BgpFamily.IPV4_FLOWSPEC,
            new RouteAttributes(List.of(new TrafficRateBytes(0, 1000f), new RedirectToIpNextHop(true)), List.of(),
                List.of(), InetAddress.getByName("192.0.2.1")), List.of(nlri), session).get(0));
        // tshark 4.0 does not dissect a flowspec next hop: the octets of MP_REACH_NLRI are compared instead
        assertEquals("000185" + "04" + "c0000201" + "00", mpReach(dissection));
        assertEquals(List.of("0x80", "0x08"), dissection.values("bgp.ext_com.type"));
        assertEquals(List.of("0x0000000000000001"), dissection.values("bgp.ext_com.value_raw"));
    }

    @Test
    void theIpv6TargetIsASixteenOctetNextHop() throws Exception {
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV6, IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
            new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 32));
        final TsharkHarness.Dissection dissection = dissect(encoder.advertise(BgpFamily.IPV6_FLOWSPEC,
            new RouteAttributes(List.of(RedirectToIpNextHop.REDIRECT), List.of(), List.of(),
                InetAddress.getByName("2001:db8::1")), List.of(nlri), session).get(0));
        assertEquals("000285" + "10" + "20010db8000000000000000000000001" + "00", mpReach(dissection));
        assertEquals(List.of("0x08"), dissection.values("bgp.ext_com.type"));
        assertEquals(List.of("0x0000000000000000"), dissection.values("bgp.ext_com.value_raw"));
    }

    /** From AFI to the reserved octet of MP_REACH_NLRI as tshark frames it (at its AFI field), as hex. */
    private static String mpReach(final TsharkHarness.Dissection dissection) {
        final List<String> positions = dissection.attributes("bgp.update.path_attribute.mp_reach_nlri.afi", "pos");
        if (positions.isEmpty()) {
            return "(no MP_REACH_NLRI)";
        }
        final int at = Integer.parseInt(positions.get(0));
        final int nextHopLength = Integer.parseInt(dissection.frameHex(at + 3, 1), 16);
        return dissection.frameHex(at, 4 + nextHopLength + 1);
    }

    private static TsharkHarness.Dissection dissect(final byte[] update) throws Exception {
        final Path file = Files.createTempFile("flowsteer-next-hop", ".pcap");
        try {
            TsharkHarness.writePcap(file, update);
            return TsharkHarness.dissect(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
