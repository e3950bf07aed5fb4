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
import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection collision, RFC 4271 section 6.8: the speaker has connected to the scripted peer (outbound) and the
 * peer connects to the speaker as well (inbound); the BGP Identifiers decide which connection survives, and the
 * other is closed with NOTIFICATION Cease / Connection Collision Resolution (RFC 4486 section 4, subcode 7).
 * The speaker's BGP Identifier is 10.0.0.1.
 */
class BgpSpeakerCollisionTest {
    private static final long AS = 65001;

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private ScriptedPeer outbound;
    private ScriptedPeer inbound;
    private NettyBgpSouthbound speaker;

    @BeforeEach
    void setUp() throws Exception {
        outbound = new ScriptedPeer();
        inbound = new ScriptedPeer();
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), AS,
                new InetSocketAddress(loopback, 0)));
        speaker.putPeer(new PeerConfig(loopback, outbound.port(), AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false));
        outbound.accept();
        outbound.readUntil(OpenMessage.class);
        await(() -> speaker.boundAddress() != null && speaker.boundAddress().getPort() != 0);
        inbound.connect(speaker.boundAddress());
        // the speaker answers the colliding connection with its OPEN too
        inbound.readUntil(OpenMessage.class);
    }

    @AfterEach
    void tearDown() throws Exception {
        speaker.close();
        outbound.close();
        inbound.close();
    }

    @Test
    void higherRemoteIdentifierKeepsTheConnectionThePeerOpened() throws Exception {
        outbound.write(open("10.0.0.2"));
        inbound.write(open("10.0.0.2"));
        assertCollisionNotification(outbound.readUntil(NotificationMessage.class));
        assertTrue(outbound.closedByPeer());
        inbound.readUntil(KeepaliveMessage.class);
        inbound.write(keepalive());
        await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
        assertEquals(1, speaker.status(loopback).counters().establishedTransitions());
        assertEquals("10.0.0.2", speaker.status(loopback).negotiated().remoteRouterId().getHostAddress());
    }

    @Test
    void lowerRemoteIdentifierKeepsTheConnectionTheSpeakerOpened() throws Exception {
        outbound.write(open("9.255.255.255"));
        inbound.write(open("9.255.255.255"));
        assertCollisionNotification(inbound.readUntil(NotificationMessage.class));
        assertTrue(inbound.closedByPeer());
        outbound.readUntil(KeepaliveMessage.class);
        outbound.write(keepalive());
        await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
        assertEquals(1, speaker.status(loopback).counters().establishedTransitions());
    }

    @Test
    void identifiersCompareAsUnsignedNumbers() throws Exception {
        // 200.0.0.1 is negative as a signed int; unsigned it is above 10.0.0.1, so the inbound connection wins
        outbound.write(open("200.0.0.1"));
        inbound.write(open("200.0.0.1"));
        assertCollisionNotification(outbound.readUntil(NotificationMessage.class));
        inbound.readUntil(KeepaliveMessage.class);
    }

    @Test
    void anEstablishedConnectionWinsOverALaterOpen() throws Exception {
        outbound.write(open("10.0.0.2"));
        outbound.readUntil(KeepaliveMessage.class);
        outbound.write(keepalive());
        await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
        // the colliding connection was still waiting for its OPEN: Established closes it
        assertCollisionNotification(inbound.readUntil(NotificationMessage.class));
        assertTrue(inbound.closedByPeer());
        assertEquals(BgpSessionState.ESTABLISHED, speaker.status(loopback).state());
    }

    @Test
    void thePeerClosingItsSideOfTheCollisionLeavesTheOtherConnection() throws Exception {
        // the peer resolved the collision first and closed the speaker's connection with Cease/7
        final ByteBuf cease = Unpooled.buffer();
        BgpMessageCodec.encodeNotification(NotificationMessage.of(NotificationMessage.CEASE,
            NotificationMessage.CONNECTION_COLLISION), cease);
        outbound.write(cease);
        outbound.close();
        inbound.write(open("10.0.0.2"));
        inbound.readUntil(KeepaliveMessage.class);
        inbound.write(keepalive());
        await(() -> speaker.status(loopback).state() == BgpSessionState.ESTABLISHED);
    }

    private static void assertCollisionNotification(final NotificationMessage notification) {
        assertEquals(NotificationMessage.CEASE, notification.code());
        assertEquals(NotificationMessage.CONNECTION_COLLISION, notification.subcode());
    }

    private static ByteBuf open(final String identifier) throws Exception {
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeOpen(new OpenMessage(4, (int) AS, 90, (Inet4Address) InetAddress.getByName(identifier),
            List.of(new Capability.Multiprotocol(1, 133), new Capability.FourOctetAs(AS))), out);
        return out;
    }

    private static ByteBuf keepalive() {
        final ByteBuf out = Unpooled.buffer();
        BgpMessageCodec.encodeKeepalive(out);
        return out;
    }
}
