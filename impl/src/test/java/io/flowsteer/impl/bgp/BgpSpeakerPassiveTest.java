/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.Capability;
import io.flowsteer.api.bgp.KeepaliveMessage;
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
import org.junit.jupiter.api.Test;

/**
 * Passive peers: the speaker accepts their connections on its listen address and never connects itself.
 */
class BgpSpeakerPassiveTest {
    @Test
    void passivePeerConnectsToTheListenAddressAndReachesEstablished() throws Exception {
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        try (NettyBgpSouthbound speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(),
                ReconnectPolicy.DEFAULT, new SpeakerConfig((Inet4Address) InetAddress.getByName("10.0.0.1"), 65001,
                    new InetSocketAddress(loopback, 0)));
             ScriptedPeer peer = new ScriptedPeer()) {
            speaker.putPeer(new PeerConfig(loopback, 179, 65001, 9, Set.of(BgpFamily.IPV4_FLOWSPEC), true));
            final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (speaker.boundAddress() == null || speaker.boundAddress().getPort() == 0
                || speaker.status(loopback) == null) {
                assertTrue(System.nanoTime() < deadline);
                Thread.sleep(20);
            }
            assertEquals(BgpSessionState.ACTIVE, speaker.status(loopback).state());
            peer.connect(speaker.boundAddress());
            final ByteBuf out = Unpooled.buffer();
            BgpMessageCodec.encodeOpen(new OpenMessage(4, 65001, 9, (Inet4Address) InetAddress.getByName("10.0.0.2"),
                List.of(new Capability.Multiprotocol(1, 133))), out);
            peer.write(out);
            final OpenMessage open = peer.readUntil(OpenMessage.class);
            assertEquals(65001, open.myAs());
            assertNotNull(peer.readUntil(KeepaliveMessage.class));
            final ByteBuf keepalive = Unpooled.buffer();
            BgpMessageCodec.encodeKeepalive(keepalive);
            peer.write(keepalive);
            while (speaker.status(loopback).state() != BgpSessionState.ESTABLISHED) {
                assertTrue(System.nanoTime() < deadline);
                Thread.sleep(20);
            }
            assertEquals(9, speaker.status(loopback).negotiated().holdTime());
            // iBGP session: the KEEPALIVE timer (hold time / 3) keeps it alive
            assertTrue(peer.readUntil(KeepaliveMessage.class) != null);
        }
    }
}
