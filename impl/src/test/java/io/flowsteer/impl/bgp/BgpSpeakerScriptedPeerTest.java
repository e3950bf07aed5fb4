/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static io.flowsteer.impl.bgp.ScriptedPeer.rawUpdate;
import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.AdjRibOutChange;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The speaker against a peer played by the test: what it sends, and what it does with what a peer may send.
 */
class BgpSpeakerScriptedPeerTest {
    private static final long LOCAL_AS = 65001;
    private static final long PEER_AS = 65000;

    private final ConcurrentLinkedQueue<Fsv1Nlri> withdrawn = new ConcurrentLinkedQueue<>();
    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;
    private InetAddress peerAddress;

    @BeforeEach
    void setUp() throws Exception {
        peer = new ScriptedPeer();
        peerAddress = InetAddress.getLoopbackAddress();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), LOCAL_AS, null));
        speaker.registerListener(new BgpPeerListener() {
            @Override
            public void onFlowspecRoutes(final InetAddress from, final List<FlowspecRoute> announced,
                    final List<Fsv1Nlri> nlris) {
                withdrawn.addAll(nlris);
            }
        });
        speaker.putPeer(new PeerConfig(peerAddress, peer.port(), PEER_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
            false));
        // as the engine does once it read the stored rules: the initial update can end
        speaker.setAdjRibOut(peerAddress, List.of());
        peer.accept();
    }

    @AfterEach
    void tearDown() throws Exception {
        speaker.close();
        peer.close();
    }

    private OpenMessage establish(final long peerAs) throws Exception {
        return establish(peerAs, 90);
    }

    private OpenMessage establish(final long peerAs, final int holdTime) throws Exception {
        final OpenMessage open = peer.readUntil(OpenMessage.class);
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) peerAs, holdTime,
            (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                new Capability.RouteRefresh(), new Capability.FourOctetAs(peerAs))), out);
        BgpMessageCodec.encodeKeepalive(out);
        peer.write(out);
        return open;
    }

    @Test
    void openAnnouncesEveryCapabilityAndRouteRefreshResendsTheAdjRibOut() throws Exception {
        final OpenMessage open = establish(PEER_AS);
        assertEquals(LOCAL_AS, open.myAs());
        assertEquals(Set.of(Capability.MULTIPROTOCOL, Capability.ROUTE_REFRESH, Capability.FOUR_OCTET_AS,
            Capability.EXTENDED_MESSAGE, Capability.GRACEFUL_RESTART, Capability.LONG_LIVED_GRACEFUL_RESTART),
            Set.copyOf(open.capabilities().stream().map(Capability::code).toList()));
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        // End-of-RIB first, as the Adj-RIB-Out is empty
        final UpdateMessage endOfRib = peer.readUntil(UpdateMessage.class);
        assertEquals(BgpFamily.IPV4_FLOWSPEC, endOfRib.endOfRib());

        speaker.setAdjRibOut(peerAddress, List.of(route(1), route(2)));
        final UpdateMessage first = peer.readUntil(UpdateMessage.class);
        assertEquals(List.of(route(1).nlri(), route(2).nlri()), first.mpReach().flowspec(), "packed together");
        assertEquals(List.of(new TrafficRateBytes(0, 0f)), first.attributes().extendedCommunities());

        final ByteBuf refresh = Unpooled.buffer();
        BgpMessageCodec.encodeRouteRefresh(new RouteRefreshMessage(1, 133), refresh);
        peer.write(refresh);
        final UpdateMessage again = peer.readUntil(UpdateMessage.class);
        assertEquals(first.mpReach(), again.mpReach());
        await(() -> speaker.status(peerAddress).counters().routeRefreshesReceived() == 1);
    }

    @Test
    void aChangeOfTheAdjRibOutSendsOnlyItsRoutesAndTheSessionThenHasThemAll() throws Exception {
        establish(PEER_AS);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        assertEquals(BgpFamily.IPV4_FLOWSPEC, peer.readUntil(UpdateMessage.class).endOfRib());
        speaker.setAdjRibOut(peerAddress, List.of(route(1), route(2)));
        peer.readUntil(UpdateMessage.class);

        speaker.changeAdjRibOut(peerAddress, new AdjRibOutChange(List.of(route(3)), List.of(route(1).nlri())))
            .toCompletableFuture().get(10, TimeUnit.SECONDS);
        final UpdateMessage withdrawal = peer.readUntil(UpdateMessage.class);
        assertEquals(List.of(route(1).nlri()), withdrawal.mpUnreach().flowspec());
        final UpdateMessage added = peer.readUntil(UpdateMessage.class);
        assertEquals(List.of(route(3).nlri()), added.mpReach().flowspec(), "only the new route");
        await(() -> speaker.status(peerAddress).advertisedRoutes() == 2);

        // a ROUTE-REFRESH shows what the session holds now: 2 and 3
        final ByteBuf refresh = Unpooled.buffer();
        BgpMessageCodec.encodeRouteRefresh(new RouteRefreshMessage(1, 133), refresh);
        peer.write(refresh);
        assertEquals(List.of(route(2).nlri(), route(3).nlri()), peer.readUntil(UpdateMessage.class).mpReach()
            .flowspec());
    }

    @Test
    void malformedCommunitiesAreTreatedAsWithdrawAndKeepTheSession() throws Exception {
        establish(PEER_AS);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        // ORIGIN, AS_PATH [65000], MP_REACH_NLRI 1/133 dest 10.0.0.0/8, EXTENDED_COMMUNITIES of 7 octets
        peer.write(rawUpdate("40010100" + "400206020100 00fde8" + "800e09 0001 85 00 00 03 01 08 0a"
            + "c01007 80060000000000"));
        await(() -> !withdrawn.isEmpty());
        assertEquals(route(10).nlri(), withdrawn.peek());
        assertEquals(1, speaker.status(peerAddress).counters().malformedUpdates());
        assertEquals(BgpSessionState.ESTABLISHED, speaker.status(peerAddress).state());
        assertEquals(0, speaker.status(peerAddress).counters().sessionResets());
    }

    @Test
    void aMalformedRedirectGroupOnAnFsv1RouteIsTreatAsWithdraw() throws Exception {
        establish(PEER_AS);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        final String head = "40010100" + "400206020100 00fde8" + "800e09 0001 85 00 00 03 01 08 0a";
        // a well-formed Redirect Load Balancing Group (draft-wu section 3) is kept
        peer.write(rawUpdate(head + "c0811e 0001 00 00 0018 80000001 0000fde8 0000fde9 03 0009 01 0006 0000 c0000201"));
        await(() -> speaker.status(peerAddress).counters().updatesReceived() == 1);
        assertTrue(withdrawn.isEmpty());
        // draft-wu section 5: no Parameter(s) TLV, malformed, treat-as-withdraw on an FSv1 route too
        peer.write(rawUpdate(head + "c08112 0001 00 00 000c 80000001 0000fde8 0000fde9"));
        await(() -> !withdrawn.isEmpty());
        assertEquals(route(10).nlri(), withdrawn.peek());
        assertEquals(1, speaker.status(peerAddress).counters().malformedUpdates());
        assertEquals(BgpSessionState.ESTABLISHED, speaker.status(peerAddress).state());
    }

    @Test
    void brokenMarkerResetsTheSessionWithConnectionNotSynchronized() throws Exception {
        establish(PEER_AS);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        peer.write(new byte[19]);
        final NotificationMessage notification = peer.readUntil(NotificationMessage.class);
        assertEquals(List.of(1, 1), List.of(notification.code(), notification.subcode()));
        assertTrue(peer.closedByPeer());
        await(() -> speaker.status(peerAddress).counters().sessionResets() == 1);
    }

    @Test
    void silentPeerIsDroppedWhenTheHoldTimerExpires() throws Exception {
        establish(PEER_AS, 3);
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        assertEquals(3, speaker.status(peerAddress).negotiated().holdTime());
        // the speaker keeps sending KEEPALIVEs (every second), the peer sends nothing
        final NotificationMessage notification = peer.readUntil(NotificationMessage.class);
        assertEquals(List.of(4, 0), List.of(notification.code(), notification.subcode()));
        assertTrue(peer.closedByPeer());
        await(() -> speaker.status(peerAddress).state() != BgpSessionState.ESTABLISHED);
    }

    @Test
    void holdTimeOfOneSecondIsRefused() throws Exception {
        establish(PEER_AS, 1);
        final NotificationMessage notification = peer.readUntil(NotificationMessage.class);
        assertEquals(List.of(2, 6), List.of(notification.code(), notification.subcode()));
    }

    @Test
    void wrongPeerAsIsRefusedWithBadPeerAs() throws Exception {
        establish(PEER_AS + 1);
        final NotificationMessage notification = peer.readUntil(NotificationMessage.class);
        assertEquals(List.of(2, 2), List.of(notification.code(), notification.subcode()));
        assertTrue(peer.closedByPeer());
    }

    @Test
    void thousandsOfRoutesArePackedThirtyTwoToAnUpdate() throws Exception {
        establish(PEER_AS);
        peer.readUntil(UpdateMessage.class);
        final List<FlowspecRoute> routes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            routes.add(route(i));
        }
        speaker.setAdjRibOut(peerAddress, routes);
        int received = 0;
        final List<Integer> perUpdate = new ArrayList<>();
        while (received < routes.size()) {
            final byte[] raw = peer.readRaw();
            assertTrue(raw.length <= BgpMessageCodec.MAX_STANDARD, "message of " + raw.length + " octets");
            if (raw[18] == 2) {
                final int count = ((UpdateMessage) new BgpMessageCodec(new UpdateMessageCodec(
                    new ExtendedCommunityCodec())).decode(Unpooled.wrappedBuffer(raw), true)).mpReach().flowspec()
                    .size();
                perUpdate.add(count);
                received += count;
            }
        }
        assertEquals(routes.size(), received);
        // UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE: 156 full UPDATEs of 32 8-octet NLRIs, then 8
        assertEquals(157, perUpdate.size());
        assertTrue(perUpdate.subList(0, 156).stream().allMatch(n -> n == 32), perUpdate.toString());
        assertEquals(8, perUpdate.get(156));
    }

    private static FlowspecRoute route(final int index) {
        final byte[] address = index == 10 ? new byte[] {10, 0, 0, 0}
            : new byte[] {(byte) 172, 16, (byte) (index >> 8), (byte) index};
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            address, index == 10 ? 8 : 32)), RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }

}
