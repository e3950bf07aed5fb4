/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cap on NLRIs per UPDATE ({@link UpdateMessageEncoder#DEFAULT_MAX_NLRIS_PER_UPDATE}) next to the RFC 4271
 * message size limit.
 */
class UpdateMessageEncoderTest {
    private static final ExtendedCommunityCodec COMMUNITIES = new ExtendedCommunityCodec();
    private static final SessionEncoding IBGP_4096 = new SessionEncoding(65000, true, true, 4096);
    private static final SessionEncoding IBGP_65535 = new SessionEncoding(65000, true, true, 65535);

    private final BgpMessageCodec codec = new BgpMessageCodec(new UpdateMessageCodec(COMMUNITIES));
    private final UpdateMessageEncoder capped = new UpdateMessageEncoder(COMMUNITIES, Fsv2Config.DEFAULT,
        UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);

    @Test
    void advertisementsCarryAtMostTheCapInOrderEvenWithExtendedMessages() throws Exception {
        final List<Fsv1Nlri> nlris = hostRoutes(1000);
        final List<byte[]> messages = capped.advertise(BgpFamily.IPV4_FLOWSPEC,
            RouteAttributes.of(new TrafficRateBytes(0, 0f)), nlris, IBGP_65535);
        // 1000 = 31 * 32 + 8
        assertEquals(32, messages.size());
        final List<Fsv1Nlri> received = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            final UpdateMessage update = decode(messages.get(i));
            assertEquals(i < 31 ? 32 : 8, update.mpReach().flowspec().size());
            assertEquals(List.of(new TrafficRateBytes(0, 0f)), update.attributes().extendedCommunities());
            received.addAll(update.mpReach().flowspec());
        }
        assertEquals(nlris, received);
    }

    @Test
    void withdrawalsCarryAtMostTheCap() throws Exception {
        final List<byte[]> messages = capped.withdraw(BgpFamily.IPV4_FLOWSPEC, hostRoutes(100), IBGP_4096);
        assertEquals(4, messages.size());
        assertEquals(32, decode(messages.get(0)).mpUnreach().flowspec().size());
        assertEquals(4, decode(messages.get(3)).mpUnreach().flowspec().size());
    }

    @Test
    void messageSizeStillLimitsUpdatesOfLargeNlris() throws Exception {
        // each NLRI: destination prefix (6 octets) and a destination port list of 100 values (3 octets each)
        final List<Fsv1Nlri> nlris = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            final long[] ports = new long[100];
            for (int port = 0; port < ports.length; port++) {
                ports[port] = 1000 + port;
            }
            nlris.add(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
                address(i), 32), NumericComponent.anyOf(ComponentType.DESTINATION_PORT, ports)));
        }
        final List<byte[]> messages = capped.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.EMPTY, nlris,
            IBGP_4096);
        int total = 0;
        for (byte[] message : messages) {
            assertTrue(message.length <= 4096, message.length + " octets");
            final int count = decode(message).mpReach().flowspec().size();
            assertTrue(count < 32, count + " NLRIs of about 310 octets in a 4096-octet UPDATE");
            total += count;
        }
        assertEquals(64, total);
    }

    @Test
    void oldConstructorsStillPackBySizeOnly() {
        final UpdateMessageEncoder bySize = new UpdateMessageEncoder(COMMUNITIES);
        assertEquals(Integer.MAX_VALUE, bySize.maxNlrisPerUpdate());
        assertEquals(1, bySize.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.EMPTY, hostRoutes(500),
            IBGP_4096).size());
    }

    @Test
    void capBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
            () -> new UpdateMessageEncoder(COMMUNITIES, Fsv2Config.DEFAULT, 0));
    }

    @Test
    void redirectToIpNextHopTravelsAsTheMpReachNextHopBothWays() throws Exception {
        // draft-simpson-idr-flowspec-redirect section 3: community 0x0800, target in MP_REACH_NLRI's next hop
        final InetAddress target = InetAddress.getByName("192.0.2.7");
        final RouteAttributes attributes = new RouteAttributes(List.of(RedirectToIpNextHop.REDIRECT), List.of(),
            List.of(), target);
        final byte[] message = capped.advertise(BgpFamily.IPV4_FLOWSPEC, attributes, hostRoutes(1), IBGP_4096).get(0);
        // header 19, withdrawn length 2, attributes length 2, MP_REACH flags, type, 2-octet length, AFI, SAFI
        assertEquals("04c0000207", HexFormat.of().formatHex(message, 19 + 2 + 2 + 4 + 3, 19 + 2 + 2 + 4 + 3 + 5));
        final UpdateMessage update = decode(message);
        assertEquals(target, update.mpReach().nextHop());
        assertEquals(attributes, update.attributes());
    }

    @Test
    void ipv6RedirectToIpNextHopIsSixteenOctets() throws Exception {
        final InetAddress target = InetAddress.getByName("2001:db8::7");
        final RouteAttributes attributes = new RouteAttributes(List.of(RedirectToIpNextHop.REDIRECT), List.of(),
            List.of(), target);
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV6, IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX,
            InetAddress.getByName("2001:db8:1::").getAddress(), 0, 48));
        final UpdateMessage update = decode(capped.advertise(BgpFamily.IPV6_FLOWSPEC, attributes, List.of(nlri),
            IBGP_4096).get(0));
        assertEquals(attributes, update.attributes());
    }

    @Test
    void nextHopOfAnotherFamilyIsRefused() throws Exception {
        final RouteAttributes attributes = new RouteAttributes(List.of(RedirectToIpNextHop.REDIRECT), List.of(),
            List.of(), InetAddress.getByName("2001:db8::7"));
        assertThrows(EncodeException.class, () -> capped.advertise(BgpFamily.IPV4_FLOWSPEC, attributes,
            hostRoutes(1), IBGP_4096));
    }

    @Test
    void flowspecNextHopWithoutTheRedirectCommunityIsNotKept() throws Exception {
        // RFC 8955 section 4: the next hop of a flowspec route means nothing unless a redirect points at it
        final RouteAttributes sent = new RouteAttributes(List.of(new TrafficRateBytes(0, 0f)), List.of(), List.of(),
            InetAddress.getByName("192.0.2.7"));
        final UpdateMessage update = decode(capped.advertise(BgpFamily.IPV4_FLOWSPEC, sent, hostRoutes(1),
            IBGP_4096).get(0));
        assertEquals(InetAddress.getByName("192.0.2.7"), update.mpReach().nextHop());
        assertEquals(null, update.attributes().nextHop());
    }

    private UpdateMessage decode(final byte[] message) throws BgpProtocolException {
        final UpdateMessage update = (UpdateMessage) codec.decode(Unpooled.wrappedBuffer(message), true);
        assertTrue(update.errors().isEmpty(), update.errors().toString());
        return update;
    }

    private static List<Fsv1Nlri> hostRoutes(final int count) {
        final List<Fsv1Nlri> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, address(i), 32)));
        }
        return out;
    }

    private static byte[] address(final int index) {
        return new byte[] {(byte) 172, 16, (byte) (index >> 8), (byte) index};
    }
}
