/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RawAttribute;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Flowspec v2 on the wire (draft-ietf-idr-fsv2-ip-basic section 9.1): the FSv2 families are offered with the
 * configured SAFI, FSv2 NLRIs go out in MP_REACH_NLRI / MP_UNREACH_NLRI of that SAFI only to a peer that
 * negotiated it, and FSv2 NLRIs a peer sends are decoded and reported.
 */
class BgpSpeakerFsv2Test {
    private static final long AS = 65001;
    /** A SAFI other than the default 245, to show the configured one is used. */
    private static final int SAFI = 200;
    private static final Fsv2Config FSV2 = new Fsv2Config(Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE, SAFI, 201);

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final ConcurrentLinkedQueue<FlowspecRoute> announced = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Fsv2Nlri> withdrawn = new ConcurrentLinkedQueue<>();
    private final UpdateMessageCodec codec = new UpdateMessageCodec(new ExtendedCommunityCodec(), FSV2);
    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;

    private void start(final List<Capability> peerCapabilities) throws Exception {
        peer = new ScriptedPeer();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), AS, null, FSV2));
        speaker.registerListener(new BgpPeerListener() {
            @Override
            public void onFlowspecRoutes(final InetAddress from, final List<FlowspecRoute> routes,
                    final List<Fsv1Nlri> nlris) {
                announced.addAll(routes);
            }

            @Override
            public void onFsv2Withdrawn(final InetAddress from, final List<Fsv2Nlri> nlris) {
                withdrawn.addAll(nlris);
            }
        });
        speaker.putPeer(new PeerConfig(loopback, peer.port(), AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC,
            BgpFamily.IPV4_FSV2, BgpFamily.IPV6_FSV2), false));
        peer.accept();
        final OpenMessage open = peer.readUntil(OpenMessage.class);
        final List<Capability> offered = open.capabilities().stream()
            .filter(c -> c instanceof Capability.Multiprotocol).toList();
        assertEquals(Set.of(new Capability.Multiprotocol(1, 133), new Capability.Multiprotocol(1, SAFI),
            new Capability.Multiprotocol(2, SAFI)), Set.copyOf(offered), "FSv2 offered with the configured SAFI");
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) AS, 90, (Inet4Address) InetAddress.getByName("10.0.0.2"),
            peerCapabilities), out);
        BgpMessageCodec.encodeKeepalive(out);
        peer.write(out);
        await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (speaker != null) {
            speaker.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void fsv2RoutesGoOutInTheConfiguredSafiAndAreWithdrawnWithMpUnreach() throws Exception {
        start(List.of(new Capability.Multiprotocol(1, 133), new Capability.Multiprotocol(1, SAFI),
            new Capability.FourOctetAs(AS)));
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV4_FSV2),
            speaker.status(loopback).negotiated().families());
        speaker.setAdjRibOut(loopback, List.of(fsv2Route(1), fsv2Route(2), fsv1Route()));
        final List<Fsv2Nlri> reached = new ArrayList<>();
        final List<Integer> safis = new ArrayList<>();
        while (reached.size() < 2) {
            final byte[] raw = peer.readRaw();
            if (raw[18] == 2) {
                final UpdateMessage update = decode(raw);
                if (update.mpReach() != null) {
                    safis.add(mpSafi(raw));
                    reached.addAll(update.mpReach().fsv2());
                }
            }
        }
        assertEquals(List.of(fsv2Route(1).nlri(), fsv2Route(2).nlri()), reached, "packed in one UPDATE");
        assertTrue(safis.contains(SAFI), "MP_REACH_NLRI SAFI " + safis);

        speaker.setAdjRibOut(loopback, List.of(fsv2Route(2), fsv1Route()));
        while (true) {
            final byte[] raw = peer.readRaw();
            if (raw[18] == 2 && decode(raw).mpUnreach() != null && !decode(raw).mpUnreach().fsv2().isEmpty()) {
                assertEquals(List.of(fsv2Route(1).nlri()), decode(raw).mpUnreach().fsv2());
                assertEquals(SAFI, mpSafi(raw));
                break;
            }
        }
    }

    @Test
    void aPeerWithoutFsv2NeverGetsFsv2Nlris() throws Exception {
        start(List.of(new Capability.Multiprotocol(1, 133), new Capability.FourOctetAs(AS)));
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC), speaker.status(loopback).negotiated().families());
        speaker.setAdjRibOut(loopback, List.of(fsv2Route(1), fsv1Route(), fsv2Route(2)));
        // the FSv1 route arrives; nothing carries the FSv2 SAFI before or with it
        while (true) {
            final byte[] raw = peer.readRaw();
            if (raw[18] != 2) {
                continue;
            }
            final UpdateMessage update = decode(raw);
            if (update.mpReach() != null || update.mpUnreach() != null) {
                assertEquals(BgpFamily.IPV4_FLOWSPEC, update.mpReach() != null ? update.mpReach().family()
                    : update.mpUnreach().family());
            }
            if (update.mpReach() != null && update.mpReach().flowspec().contains(fsv1Route().nlri())) {
                break;
            }
        }
        await(() -> speaker.status(loopback).advertisedRoutes() == 1);
    }

    @Test
    void fsv2RoutesFromThePeerAreReportedAndWithdrawn() throws Exception {
        start(List.of(new Capability.Multiprotocol(1, SAFI), new Capability.FourOctetAs(AS)));
        final UpdateMessageEncoder encoder = new UpdateMessageEncoder(new ExtendedCommunityCodec(), FSV2);
        final SessionEncoding session = new SessionEncoding(AS, true, true, 4096);
        for (byte[] message : encoder.advertise(BgpFamily.IPV4_FSV2, RouteAttributes.of(
                new TrafficRateBytes(0, 0f)), List.of(fsv2Route(7).nlri()), session)) {
            peer.write(message);
        }
        await(() -> !announced.isEmpty());
        assertEquals(fsv2Route(7), announced.peek());
        assertEquals(BgpFamily.IPV4_FSV2, announced.peek().family());
        for (byte[] message : encoder.withdraw(BgpFamily.IPV4_FSV2, List.of(fsv2Route(7).nlri()), session)) {
            peer.write(message);
        }
        await(() -> !withdrawn.isEmpty());
        assertEquals(fsv2Route(7).nlri(), withdrawn.peek());
        assertEquals(0, speaker.status(loopback).counters().malformedUpdates());
    }

    @Test
    void aMalformedFsv2ActionContainerFromThePeerIsTreatAsWithdraw() throws Exception {
        start(List.of(new Capability.Multiprotocol(1, SAFI), new Capability.FourOctetAs(AS)));
        final UpdateMessageEncoder encoder = new UpdateMessageEncoder(new ExtendedCommunityCodec(), FSV2);
        final SessionEncoding session = new SessionEncoding(AS, true, true, 4096);
        // draft-liu-idr-flowspec-redirect-sr-segment-list section 3.1 sub-TLV in an FSv2 Action wide community
        final String container = "0001 00 00 003f 80000002 00000000 00000000 03 0030 fff0 002c 80 0001 00"
            + " 0000000a c0000209 0000001e 0000fde8 000000000000000000000000c0000202 00000001 00000003";
        final RawAttribute wellFormed = new RawAttribute(0xc0, 129, Octets.fromHex(container.replace(" ", "")));
        for (byte[] message : encoder.advertise(BgpFamily.IPV4_FSV2, new RouteAttributes(List.of(), List.of(),
                List.of(wellFormed)), List.of(fsv2Route(7).nlri()), session)) {
            peer.write(message);
        }
        await(() -> !announced.isEmpty());
        assertEquals(List.of(wellFormed), announced.peek().attributes().others(), "kept as received");
        assertEquals(0, speaker.status(loopback).counters().malformedUpdates());

        // section 4: segment list id 0 makes the sub-TLV malformed, treat-as-withdraw (RFC 7606)
        final RawAttribute malformed = new RawAttribute(0xc0, 129, Octets.fromHex(container
            .replace("00000001 00000003", "00000001 00000000").replace(" ", "")));
        for (byte[] message : encoder.advertise(BgpFamily.IPV4_FSV2, new RouteAttributes(List.of(), List.of(),
                List.of(malformed)), List.of(fsv2Route(7).nlri()), session)) {
            peer.write(message);
        }
        await(() -> !withdrawn.isEmpty());
        assertEquals(fsv2Route(7).nlri(), withdrawn.peek());
        assertEquals(1, announced.size(), "the malformed UPDATE announced nothing");
        assertEquals(1, speaker.status(loopback).counters().malformedUpdates());
    }

    private UpdateMessage decode(final byte[] raw) throws Exception {
        return codec.decode(Unpooled.wrappedBuffer(raw, BgpMessageCodec.HEADER_LENGTH,
            raw.length - BgpMessageCodec.HEADER_LENGTH), true);
    }

    /** The SAFI octet of the first MP attribute (type 14 or 15) of an UPDATE without withdrawn routes. */
    private static int mpSafi(final byte[] raw) {
        int at = BgpMessageCodec.HEADER_LENGTH + 4;
        while (at < raw.length) {
            final int flags = raw[at] & 0xff;
            final int type = raw[at + 1] & 0xff;
            final boolean extended = (flags & 0x10) != 0;
            final int length = extended ? (raw[at + 2] & 0xff) << 8 | raw[at + 3] & 0xff : raw[at + 2] & 0xff;
            final int value = at + (extended ? 4 : 3);
            if (type == 14 || type == 15) {
                return raw[value + 2] & 0xff;
            }
            at = value + length;
        }
        return -1;
    }

    private static FlowspecRoute fsv2Route(final int index) {
        return new FlowspecRoute(new Fsv2Nlri(Afi.IPV4, 0, index, List.of(new Fsv2FilterFamily(
            Fsv2Config.DEFAULT_IP_BASIC_FAMILY_TYPE, List.of(
                new Fsv2IpComponent(false, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
                    new byte[] {10, 0, 0, (byte) index}, 32)),
                new Fsv2IpComponent(false, NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17)))))),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }

    private static FlowspecRoute fsv1Route() {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 192, 0, 2, 0}, 24)), RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }
}
