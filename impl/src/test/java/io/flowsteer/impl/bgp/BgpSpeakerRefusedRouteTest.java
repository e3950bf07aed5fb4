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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.RefusedRoute;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that resets the session with NOTIFICATION 3/9 whenever it is sent one chosen route among 1,000: the
 * speaker finds that route within log2(1000) + 2 resets, marks it refused with the peer's NOTIFICATION, and the
 * peer ends up holding the 999 others; the route is not sent again until it changes.
 */
class BgpSpeakerRefusedRouteTest {
    private static final long LOCAL_AS = 65001;
    private static final long PEER_AS = 65000;
    private static final int ROUTES = 1000;
    private static final NotificationMessage REFUSAL = new NotificationMessage(NotificationMessage.UPDATE_MESSAGE_ERROR,
        NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR, Octets.fromHex("900e0005000185"));

    private final Set<Fsv1Nlri> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;
    private Thread peerThread;

    @AfterEach
    void tearDown() throws Exception {
        if (speaker != null) {
            speaker.close();
        }
        if (peer != null) {
            peer.close();
        }
        if (peerThread != null) {
            peerThread.interrupt();
            peerThread.join(5000);
        }
    }

    @Test
    void thePeerLosesOnlyTheRouteItRefuses() throws Exception {
        final Fsv1Nlri poison = (Fsv1Nlri) route(613).nlri();
        peer = new ScriptedPeer();
        peerThread = new Thread(() -> play(poison), "scripted-peer");
        peerThread.setDaemon(true);
        peerThread.start();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(50),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofMillis(300)), new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), LOCAL_AS,
                null));
        final InetAddress address = InetAddress.getLoopbackAddress();
        final List<FlowspecRoute> routes = new ArrayList<>();
        for (int i = 0; i < ROUTES; i++) {
            routes.add(route(i));
        }
        speaker.setAdjRibOut(address, routes);
        speaker.putPeer(new PeerConfig(address, peer.port(), PEER_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false));
        speaker.setAdjRibOut(address, routes);

        await("the refused route is found and the others are held", Duration.ofSeconds(60),
            () -> held.size() == ROUTES - 1 && speaker.status(address).refused().size() == 1);
        final PeerStatus status = speaker.status(address);
        final RefusedRoute refused = status.refused().get(0);
        assertEquals(route(613), refused.route());
        assertEquals(REFUSAL, refused.notification());
        assertFalse(held.contains(poison));
        assertEquals(List.of(), status.heldBack());
        assertTrue(resets.get() <= Math.log(ROUTES) / Math.log(2) + 2, resets.get() + " resets");
        assertEquals(BgpSessionState.ESTABLISHED, status.state());

        // still established and never sent the refused route again, even when the routes are set again
        final int before = sessions.get();
        speaker.setAdjRibOut(address, routes);
        Thread.sleep(700);
        assertEquals(before, sessions.get());
        assertEquals(ROUTES - 1, held.size());

        // changed, it is tried again; the peer refuses it again and it is found at once
        final FlowspecRoute changed = new FlowspecRoute(poison, RouteAttributes.of(new TrafficRateBytes(0, 100f)));
        final List<FlowspecRoute> next = new ArrayList<>(routes);
        next.set(613, changed);
        speaker.setAdjRibOut(address, next);
        await("the changed route is refused too", Duration.ofSeconds(30),
            () -> changed.equals(speaker.status(address).refused().isEmpty() ? null
                : speaker.status(address).refused().get(0).route()) && held.size() == ROUTES - 1);
        assertEquals(before + 1, sessions.get(), "one more session: the reset found it, the only suspect");

        // an operator's resync sends it again
        final int resetsBefore = resets.get();
        speaker.forgetRefused(address);
        await("the resync tries it again", Duration.ofSeconds(30), () -> resets.get() > resetsBefore);
        await(() -> speaker.status(address).refused().size() == 1);
        assertNotNull(speaker.status(address).refused().get(0).notification());
    }

    /**
     * The peer: accepts sessions, holds the routes it is sent, and resets with 3/9 on the poison.
     */
    private void play(final Fsv1Nlri poison) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peer.accept();
                sessions.incrementAndGet();
                held.clear();
                peer.readUntil(OpenMessage.class);
                final ByteBuf out = Unpooled.buffer();
                BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) PEER_AS, 90,
                    (Inet4Address) InetAddress.getByName("10.0.0.2"), List.of(new Capability.Multiprotocol(1, 133),
                        new Capability.RouteRefresh(), new Capability.FourOctetAs(PEER_AS))), out);
                BgpMessageCodec.encodeKeepalive(out);
                peer.write(out);
                session(poison);
            }
        } catch (IOException | BgpProtocolException e) {
            // the test is over
        }
    }

    private void session(final Fsv1Nlri poison) throws IOException, BgpProtocolException {
        while (true) {
            final BgpMessage message;
            try {
                message = peer.read();
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (message instanceof UpdateMessage update) {
                if (update.mpUnreach() != null) {
                    held.removeAll(update.mpUnreach().flowspec());
                }
                if (update.mpReach() != null) {
                    if (update.mpReach().flowspec().contains(poison)) {
                        held.clear();
                        resets.incrementAndGet();
                        final ByteBuf out = Unpooled.buffer();
                        BgpMessageCodec.encodeNotification(REFUSAL, out);
                        peer.write(out);
                        peer.closeSocket();
                        return;
                    }
                    held.addAll(update.mpReach().flowspec());
                }
            }
        }
    }

    private static FlowspecRoute route(final int index) {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 172, 16, (byte) (index >> 8), (byte) index}, 32)),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }
}
