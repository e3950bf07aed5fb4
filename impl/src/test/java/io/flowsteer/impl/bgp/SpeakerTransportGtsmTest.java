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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.TtlSecurity;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.unix.IntegerUnixChannelOption;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GTSM (RFC 5082 section 3) on real sockets over loopback, where the TTL is not decremented: Flowsteer's sockets
 * for a GTSM peer send with TTL 255 and drop what arrives below the peer's minimum, which the kernel reports back
 * through getsockopt; a listener that answers with the system's TTL (64) cannot be reached at a minimum of 255.
 * Linux only (the epoll transport); without it a GTSM peer is refused with the reason.
 */
class SpeakerTransportGtsmTest {
    private static final InetAddress V4 = InetAddress.getLoopbackAddress();

    private SpeakerTransport transport;
    private EventLoopGroup group;
    private final BlockingQueue<SocketChannel> accepted = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void epoll() {
        assumeTrue(Epoll.isAvailable(), "GTSM needs the epoll transport");
        transport = SpeakerTransport.best();
        group = transport.newGroup();
    }

    @AfterEach
    void stop() {
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static PeerConfig peer(final InetAddress address, final int port, final Integer hops) {
        return new PeerConfig(address, port, 65001, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false, PrefixLimits.DEFAULT,
            null, null, hops == null ? null : new TtlSecurity(hops));
    }

    /** A listener like the speaker's, its TTL set for the given peers, that keeps what its connections read. */
    private Channel listen(final InetAddress address, final List<PeerConfig> peers) {
        final Channel server = new ServerBootstrap().group(group).channel(EpollServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
                            received.add(((ByteBuf) msg).toString(StandardCharsets.US_ASCII));
                            ReferenceCountUtil.release(msg);
                        }
                    });
                    accepted.add(ch);
                }
            }).bind(new InetSocketAddress(address, 0)).syncUninterruptibly().channel();
        transport.protectListener(server, peers);
        return server;
    }

    private Future<Void> connect(final PeerConfig config, final BlockingQueue<Channel> channels) {
        final Bootstrap bootstrap = new Bootstrap().group(group).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1500)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    channels.add(ch);
                }
            });
        return transport.connect(group.next(), bootstrap, config, new InetSocketAddress(config.address(),
            config.port()));
    }

    /** Connects as the speaker does, expecting success. */
    private Channel connected(final PeerConfig config) throws InterruptedException {
        final BlockingQueue<Channel> channels = new LinkedBlockingQueue<>();
        final Future<Void> connect = connect(config, channels);
        assertTrue(connect.await(5, TimeUnit.SECONDS));
        assertTrue(connect.isSuccess(), () -> String.valueOf(connect.cause()));
        return channels.take();
    }

    /** The next accepted connection, given its peer's GTSM as the speaker does. */
    private SocketChannel acceptedFrom(final PeerConfig config) throws InterruptedException {
        final SocketChannel child = accepted.poll(5, TimeUnit.SECONDS);
        assertNotNull(child);
        assertTrue(transport.applyTtlSecurity(child, config));
        return child;
    }

    private static int option(final Channel channel, final IntegerUnixChannelOption option) {
        return channel.config().getOption(option);
    }

    @Test
    void anActiveConnectSendsWithTtl255AndDropsBelowTheMinimum() throws Exception {
        final PeerConfig router = peer(V4, 179, 1);
        final Channel server = listen(V4, List.of(router));
        assertEquals(255, option(server, SpeakerTransport.IP_TTL), "the listener answers with TTL 255");
        final Channel client = connected(peer(V4, port(server), 1));
        assertEquals(255, option(client, SpeakerTransport.IP_TTL));
        assertEquals(255, option(client, SpeakerTransport.IP_MINTTL));
        client.close().syncUninterruptibly();
        server.close().syncUninterruptibly();
    }

    @Test
    void aListenerAnsweringWithTheSystemTtlIsNotReachedAtMinimum255AndTheReasonSaysGtsm() throws Exception {
        // no GTSM peer: the listener answers with the system's TTL (64), below the minimum of one hop
        final Channel server = listen(V4, List.of(peer(V4, 179, null)));
        assertEquals(64, option(server, SpeakerTransport.IP_TTL));
        final Future<Void> oneHop = connect(peer(V4, port(server), 1), new LinkedBlockingQueue<>());
        assertTrue(oneHop.await(5, TimeUnit.SECONDS));
        assertFalse(oneHop.isSuccess(), "the SYN-ACK with TTL 64 is dropped");
        assertTrue(oneHop.cause().getMessage().endsWith(
            "(GTSM is configured: the router must send with TTL 255 (ttl-security))"), oneHop.cause().getMessage());
        // 192 hops allow a minimum TTL of 64: the same listener is reached
        assertEquals(64, option(connected(peer(V4, port(server), 192)), SpeakerTransport.IP_MINTTL));
        server.close().syncUninterruptibly();
    }

    @Test
    void anAcceptedConnectionOfAGtsmPeerDropsSegmentsBelowTheMinimum() throws Exception {
        final PeerConfig router = peer(V4, 179, 1);
        final Channel server = listen(V4, List.of(router));
        try (Socket plain = new Socket()) {
            // Java's sockets send with the system's TTL, 64
            plain.connect(server.localAddress(), 2000);
            final SocketChannel child = acceptedFrom(router);
            assertEquals(255, option(child, SpeakerTransport.IP_TTL));
            assertEquals(255, option(child, SpeakerTransport.IP_MINTTL));
            final OutputStream out = plain.getOutputStream();
            out.write("ttl64".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertNull(received.poll(1500, TimeUnit.MILLISECONDS), "a segment with TTL 64 is dropped");
        }
        // a peer that sends with TTL 255 gets through
        final Channel client = connected(peer(V4, port(server), 1));
        acceptedFrom(router);
        client.writeAndFlush(Unpooled.copiedBuffer("ttl255", StandardCharsets.US_ASCII));
        assertEquals("ttl255", received.poll(5, TimeUnit.SECONDS));
        server.close().syncUninterruptibly();
    }

    @Test
    void anAcceptedConnectionOfAPeerWithoutGtsmGetsTheSystemTtlBack() throws Exception {
        final PeerConfig other = peer(V4, 179, null);
        final Channel server = listen(V4, List.of(other, peer(InetAddress.getByName("127.0.0.9"), 179, 1)));
        assertEquals(255, option(server, SpeakerTransport.IP_TTL), "another peer has GTSM");
        try (Socket plain = new Socket()) {
            plain.connect(server.localAddress(), 2000);
            final SocketChannel child = accepted.poll(5, TimeUnit.SECONDS);
            assertNotNull(child);
            assertEquals(255, option(child, SpeakerTransport.IP_TTL), "inherited from the listener");
            assertTrue(transport.applyTtlSecurity(child, other));
            assertEquals(64, option(child, SpeakerTransport.IP_TTL));
            assertEquals(0, option(child, SpeakerTransport.IP_MINTTL));
        }
        transport.protectListener(server, List.of(other));
        assertEquals(64, option(server, SpeakerTransport.IP_TTL), "no GTSM peer left: the system's TTL again");
        server.close().syncUninterruptibly();
    }

    @Test
    void anIpv6PeerGetsTheHopLimitOptions() throws Exception {
        final InetAddress v6 = ipv6Loopback();
        assumeTrue(v6 != null, "no IPv6 loopback");
        final PeerConfig router = peer(v6, 179, 2);
        final Channel server = listen(v6, List.of(router));
        assertEquals(255, option(server, SpeakerTransport.IPV6_UNICAST_HOPS));
        final Channel client = connected(peer(v6, port(server), 2));
        assertEquals(255, option(client, SpeakerTransport.IPV6_UNICAST_HOPS));
        assertEquals(254, option(client, SpeakerTransport.IPV6_MINHOPCOUNT));
        final SocketChannel child = acceptedFrom(router);
        assertEquals(255, option(child, SpeakerTransport.IPV6_UNICAST_HOPS));
        assertEquals(254, option(child, SpeakerTransport.IPV6_MINHOPCOUNT));
        server.close().syncUninterruptibly();
    }

    private static int port(final Channel server) {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    private static Inet6Address ipv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return (Inet6Address) probe.getInetAddress();
        } catch (IOException e) {
            return null;
        }
    }
}
