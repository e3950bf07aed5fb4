/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgpMessageCodecTest {
    private static final ExtendedCommunityCodec COMMUNITIES = new ExtendedCommunityCodec();
    private final BgpMessageCodec codec = new BgpMessageCodec(new UpdateMessageCodec(COMMUNITIES));
    private final UpdateMessageEncoder encoder = new UpdateMessageEncoder(COMMUNITIES);

    @Test
    void typeNamesAreTheRfcNames() throws Exception {
        assertEquals("KEEPALIVE", KeepaliveMessage.INSTANCE.typeName());
        assertEquals("NOTIFICATION", NotificationMessage.of(NotificationMessage.CEASE, 0).typeName());
        assertEquals("ROUTE-REFRESH", new RouteRefreshMessage(1, 133).typeName());
        assertEquals("OPEN", new OpenMessage(OpenMessage.VERSION, 65000, 90,
            (Inet4Address) InetAddress.getByName("192.0.2.1"), List.of()).typeName());
        assertEquals("UPDATE", new UpdateMessage(List.of(), null, null, null, null, RouteAttributes.EMPTY, null,
            null, List.of(), List.of()).typeName());
    }

    @Test
    void openWithEveryCapabilityRoundTrips() throws Exception {
        final OpenMessage open = new OpenMessage(4, OpenMessage.AS_TRANS, 90,
            (Inet4Address) InetAddress.getByName("192.0.2.1"), List.of(new Capability.Multiprotocol(1, 133),
                new Capability.Multiprotocol(2, 133), new Capability.RouteRefresh(),
                new Capability.FourOctetAs(4_200_000_001L), new Capability.ExtendedMessage(),
                new Capability.GracefulRestart(false, 120, List.of(new Capability.GracefulRestartFamily(1, 133,
                    true))), new Capability.LongLivedGracefulRestart(List.of(
                        new Capability.LongLivedFamily(1, 133, true, 3600),
                        new Capability.LongLivedFamily(2, 133, false, 0xffffff)))));
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(open, out);
        assertEquals(open, codec.decode(out, false));
        assertEquals(4_200_000_001L, open.effectiveAs());
    }

    /**
     * RFC 9494 section 3: code 71, then per family AFI (2 octets), SAFI, flags (F is the top bit) and the
     * Long-lived Stale Time (3 octets).
     */
    @Test
    void longLivedGracefulRestartIsSevenOctetsPerFamily() throws Exception {
        final OpenMessage open = new OpenMessage(4, 65000, 90, (Inet4Address) InetAddress.getByName("192.0.2.1"),
            List.of(new Capability.LongLivedGracefulRestart(List.of(new Capability.LongLivedFamily(1, 133, true,
                3600)))));
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(open, out);
        final byte[] octets = new byte[out.readableBytes()];
        out.getBytes(0, octets);
        // header 19, version, AS, hold time, router id (9), optional parameters length, then the one parameter
        final byte[] parameter = Arrays.copyOfRange(octets, 29, octets.length);
        assertEquals("0209470700018580000e10", HexFormat.of().formatHex(parameter));
    }

    @Test
    void ebgpWithoutFourOctetAsSendsAsTransAndAs4Path() throws Exception {
        final byte[] message = encoder.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.of(
            new TrafficRateBytes(0, 0f)), List.of(nlri(1)), new SessionEncoding(4_200_000_001L, false, false, 4096))
            .get(0);
        final UpdateMessage update = (UpdateMessage) codec.decode(Unpooled.wrappedBuffer(message), false);
        assertEquals(List.of(new AsPathSegment(AsPathSegment.AS_SEQUENCE, List.of((long) OpenMessage.AS_TRANS))),
            update.asPath());
        final RawAttribute as4Path = update.attributes().others().get(0);
        assertEquals(PathAttributeType.AS4_PATH, as4Path.type());
        assertEquals("0201fa56ea01", HexFormat.of().formatHex(as4Path.value().toByteArray()));
        assertEquals(0, update.origin());
        assertNull(update.localPref());
        assertEquals(List.of(nlri(1)), update.mpReach().flowspec());
        assertNull(update.mpReach().nextHop(), "flowspec next hop length 0");
        assertTrue(update.errors().isEmpty());
    }

    @Test
    void ibgpSendsEmptyAsPathAndLocalPref() throws Exception {
        final byte[] message = encoder.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.EMPTY, List.of(nlri(1)),
            new SessionEncoding(65000, true, true, 4096)).get(0);
        final UpdateMessage update = (UpdateMessage) codec.decode(Unpooled.wrappedBuffer(message), true);
        assertEquals(List.of(), update.asPath());
        assertEquals(100L, update.localPref());
    }

    @Test
    void extendedMessagesPackUpTo65535Octets() {
        final List<Fsv1Nlri> nlris = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            nlris.add(nlri(i));
        }
        final List<byte[]> standard = encoder.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.EMPTY, nlris,
            new SessionEncoding(65000, true, true, 4096));
        final List<byte[]> extended = encoder.advertise(BgpFamily.IPV4_FLOWSPEC, RouteAttributes.EMPTY, nlris,
            new SessionEncoding(65000, true, true, 65535));
        assertTrue(standard.stream().allMatch(m -> m.length <= 4096));
        assertTrue(extended.stream().allMatch(m -> m.length <= 65535));
        // 7 octets per NLRI; 46 octets of header and attributes (ORIGIN, empty AS_PATH, LOCAL_PREF, MP_REACH
        // header): (4096 - 46) / 7 = 578 NLRIs per UPDATE, so 35 UPDATEs, all but the last full
        assertEquals(35, standard.size());
        assertTrue(standard.get(0).length > 4096 - 7);
        assertEquals(3, extended.size());
        assertEquals(3, encoder.withdraw(BgpFamily.IPV4_FLOWSPEC, nlris,
            new SessionEncoding(65000, true, true, 65535)).size());
    }

    @Test
    void endOfRibMarkersAreRecognised() throws Exception {
        for (BgpFamily family : List.of(BgpFamily.IPV4_UNICAST, BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC)) {
            final UpdateMessage update = (UpdateMessage) codec.decode(
                Unpooled.wrappedBuffer(encoder.endOfRib(family)), true);
            assertEquals(family, update.endOfRib());
        }
    }

    @Test
    void headerErrorsNameTheirSubcode() {
        assertNotification(1, 2, header(18, 4), 4096);
        assertNotification(1, 2, header(5000, 2), 4096);
        final ByteBuf badType = header(19, 9);
        assertEquals(1, assertThrows(BgpProtocolException.class, () -> decodeFramed(badType, 4096))
            .toNotification().code());
        assertEquals(3, assertThrows(BgpProtocolException.class, () -> decodeFramed(header(19, 9), 4096))
            .toNotification().subcode());
    }

    @Test
    void rfc7606TreatmentsOfAttributeErrors() throws Exception {
        // ORIGIN 3 is malformed: treat-as-withdraw, the session stays
        final UpdateMessage badOrigin = decodeUpdate("40010103" + "400200" + "800e09000185000003010810");
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, badOrigin.errors().get(0).treatment());
        assertTrue(badOrigin.treatAsWithdraw());
        // missing AS_PATH: treat-as-withdraw (RFC 7606 section 3 d)
        assertTrue(decodeUpdate("40010100" + "800e09000185000003010810").treatAsWithdraw());
        // an unrecognized well-known attribute resets the session with 3/2
        assertEquals(2, assertThrows(BgpProtocolException.class, () -> decodeUpdate("40630100"))
            .toNotification().subcode());
        // MP_REACH_NLRI twice resets the session with 3/1
        assertEquals(1, assertThrows(BgpProtocolException.class, () -> decodeUpdate(
            "40010100400200800e09000185000003010810800e09000185000003010810")).toNotification().subcode());
        // an attribute overrunning the list resets the session with 3/1
        assertEquals(1, assertThrows(BgpProtocolException.class, () -> decodeUpdate("400109"))
            .toNotification().subcode());
        // an unknown optional attribute is kept verbatim
        final UpdateMessage optional = decodeUpdate("40010100400200c0630201ff800e09000185000003010810");
        assertEquals(List.of(new RawAttribute(0xc0, 0x63, Octets.fromHex("01ff"))),
            optional.attributes().others());
        assertTrue(optional.errors().isEmpty());
    }

    private UpdateMessage decodeUpdate(final String attributesHex) throws BgpProtocolException {
        final byte[] attributes = HexFormat.of().parseHex(attributesHex);
        final ByteBuf out = header(19 + 4 + attributes.length, 2);
        out.writeShort(0).writeShort(attributes.length).writeBytes(attributes);
        return (UpdateMessage) codec.decode(out, true);
    }

    private static ByteBuf header(final int length, final int type) {
        final ByteBuf out = Unpooled.buffer();
        for (int i = 0; i < 16; i++) {
            out.writeByte(0xff);
        }
        return out.writeShort(length).writeByte(type);
    }

    private void assertNotification(final int code, final int subcode, final ByteBuf frame, final int max) {
        final NotificationMessage notification = assertThrows(BgpProtocolException.class,
            () -> decodeFramed(frame, max)).toNotification();
        assertEquals(List.of(code, subcode), List.of(notification.code(), notification.subcode()));
    }

    private BgpMessage decodeFramed(final ByteBuf in, final int max) throws BgpProtocolException {
        final int length = BgpMessageCodec.frameLength(in, max);
        return codec.decode(in.readSlice(Math.min(length, in.readableBytes())), true);
    }

    private static Fsv1Nlri nlri(final int index) {
        return new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {10, (byte) (index >> 16), (byte) (index >> 8), (byte) index}, 32));
    }
}
