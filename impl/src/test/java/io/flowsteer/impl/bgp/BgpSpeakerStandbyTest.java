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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.io.EOFException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The speaker on a standby controller (issue 16): no session and no listener; losing the role closes sessions as a
 * restarting speaker (RFC 4724 section 4.1, no NOTIFICATION); gaining it starts every peer again with the Restart
 * State bit, the whole Adj-RIB-Out, then End-of-RIB.
 */
class BgpSpeakerStandbyTest {
    private static final long LOCAL_AS = 65001;
    private static final long PEER_AS = 65000;

    private final InetAddress peerAddress = InetAddress.getLoopbackAddress();
    private ScriptedPeer peer;
    private NettyBgpSouthbound speaker;

    @BeforeEach
    void setUp() throws Exception {
        peer = new ScriptedPeer();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), LOCAL_AS, null));
    }

    @AfterEach
    void tearDown() throws Exception {
        speaker.close();
        peer.close();
    }

    @Test
    void aStandbySpeakerNeitherConnectsNorListens() throws Exception {
        speaker.active(false).get();
        try (ServerSocket router = new ServerSocket(0, 1, peerAddress)) {
            router.setSoTimeout(1_500);
            speaker.configure(new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), LOCAL_AS,
                new InetSocketAddress(peerAddress, 0)));
            speaker.putPeer(new PeerConfig(peerAddress, router.getLocalPort(), PEER_AS, 90,
                Set.of(BgpFamily.IPV4_FLOWSPEC), false));
            assertThrows(SocketTimeoutException.class, router::accept, "a standby speaker connected to a router");
        }
        assertNull(speaker.boundAddress(), "a standby speaker listens");
        assertEquals(BgpSessionState.IDLE, speaker.status(peerAddress).state());
        assertEquals(NettyBgpSouthbound.STANDBY, speaker.status(peerAddress).lastError());
    }

    @Test
    void goingOnStandbyClosesTheSessionWithoutNotificationAndBecomingActiveSendsEveryRouteThenEndOfRib()
            throws Exception {
        speaker.putPeer(new PeerConfig(peerAddress, peer.port(), PEER_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
            false));
        speaker.setAdjRibOut(peerAddress, List.of(route(1), route(2)));
        peer.accept();
        assertTrue(restartState(peer.answerOpen(PEER_AS)), "the first session after the speaker started");
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        assertEquals(2, peer.routesUntilEndOfRib().size());

        speaker.active(false).get();
        final List<BgpMessage> last = new ArrayList<>();
        try {
            while (true) {
                last.add(peer.read());
            }
        } catch (EOFException closed) {
            // RFC 4724 section 4.1: the router keeps the routes only when no NOTIFICATION came
            assertFalse(last.stream().anyMatch(NotificationMessage.class::isInstance), "sent before closing: " + last);
        }
        await(() -> NettyBgpSouthbound.STANDBY.equals(speaker.status(peerAddress).lastError()));
        assertEquals(BgpSessionState.IDLE, speaker.status(peerAddress).state());

        speaker.active(true).get();
        peer.accept();
        final OpenMessage open = peer.answerOpen(PEER_AS);
        assertTrue(restartState(open), "a controller that takes over is a restarting speaker to the router");
        await(() -> speaker.status(peerAddress).state() == BgpSessionState.ESTABLISHED);
        assertEquals(List.of(route(1).nlri(), route(2).nlri()), peer.routesUntilEndOfRib(),
            "the whole Adj-RIB-Out before End-of-RIB");
    }

    private static boolean restartState(final OpenMessage open) {
        return open.capabilities().stream().filter(Capability.GracefulRestart.class::isInstance)
            .map(Capability.GracefulRestart.class::cast).findFirst().orElseThrow().restartState();
    }

    private static FlowspecRoute route(final int index) {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 172, 16, 0, (byte) index}, 32)), RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }
}
