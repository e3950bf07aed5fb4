/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.TcpMd5Key;
import io.flowsteer.api.spi.TtlSecurity;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.util.concurrent.Future;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Where the native transport is missing, a peer with a TCP-MD5 key (RFC 2385) or GTSM (RFC 5082) gets no
 * connection and the reason says why; a peer without either is not affected.
 */
class SpeakerTransportTest {
    private static final InetAddress PEER = InetAddress.getLoopbackAddress();
    private static final PeerConfig PLAIN = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
        true);
    private static final PeerConfig SIGNED = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
        true, new TcpMd5Key("key"));
    private static final PeerConfig GTSM = new PeerConfig(PEER, 179, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC),
        true, PrefixLimits.DEFAULT, null, null, new TtlSecurity(1));

    @Test
    void withoutEpollAKeyedPeerIsRefusedWithTheReason() {
        final SpeakerTransport nio = SpeakerTransport.nio();
        assertFalse(nio.signs());
        assertEquals(SpeakerTransport.NO_MD5, nio.refusal(SIGNED, "earlier error"));
        assertEquals("earlier error", nio.refusal(PLAIN, "earlier error"));
        assertNull(nio.refusal(PLAIN, null));
        assertEquals(SpeakerTransport.NO_GTSM, nio.refusal(GTSM, "earlier error"));
    }

    @Test
    void withoutEpollAGtsmConnectFailsWithTheReason() throws Exception {
        assertEquals(SpeakerTransport.NO_GTSM, nioConnectFailure(GTSM));
    }

    @Test
    void theHintNamesWhatTheRouterMustMatch() {
        assertEquals("", SpeakerTransport.hint(PLAIN));
        assertEquals(" (a TCP-MD5 key is configured: the router must have the same key)",
            SpeakerTransport.hint(SIGNED));
        assertEquals(" (GTSM is configured: the router must send with TTL 255 (ttl-security))",
            SpeakerTransport.hint(GTSM));
        assertEquals(" (a TCP-MD5 key is configured: the router must have the same key; GTSM is configured: the "
            + "router must send with TTL 255 (ttl-security))", SpeakerTransport.hint(new PeerConfig(PEER, 179, 65001,
                90, Set.of(BgpFamily.IPV4_FLOWSPEC), true, PrefixLimits.DEFAULT, null, new TcpMd5Key("key"),
                new TtlSecurity(1))));
    }

    @Test
    void withoutEpollAKeyedConnectFailsWithoutTouchingTheNetwork() throws Exception {
        assertEquals(SpeakerTransport.NO_MD5, nioConnectFailure(SIGNED));
    }

    /** Connects a peer on NIO, which must fail at once, and returns why. */
    private static String nioConnectFailure(final PeerConfig config) throws InterruptedException {
        final SpeakerTransport nio = SpeakerTransport.nio();
        final EventLoopGroup group = nio.newGroup();
        try {
            final Future<Void> connect = nio.connect(group.next(), new Bootstrap().group(group)
                .handler(new ChannelInboundHandlerAdapter()), config, new InetSocketAddress(PEER, 179));
            assertTrue(connect.await(5, TimeUnit.SECONDS));
            assertFalse(connect.isSuccess());
            return connect.cause().getMessage();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void theBestTransportSignsExactlyWhenEpollLoads() {
        final SpeakerTransport best = SpeakerTransport.best();
        assertEquals(Epoll.isAvailable(), best.signs());
        assertEquals(Epoll.isAvailable() ? null : SpeakerTransport.NO_MD5, best.refusal(SIGNED, null));
        assertEquals(Epoll.isAvailable() ? null : SpeakerTransport.NO_GTSM, best.refusal(GTSM, null));
    }
}
