/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.TcpMd5Key;
import io.flowsteer.api.spi.TtlSecurity;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.IntegerUnixChannelOption;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets of the BGP speaker: Netty's native epoll transport where it loads (Linux), because only it can sign
 * TCP segments with MD5 (RFC 2385 section 2, the kernel's TCP_MD5SIG option) and set a session's TTL and minimum
 * TTL for GTSM (RFC 5082 section 3, the kernel's IP_TTL and IP_MINTTL, for IPv6 IPV6_UNICAST_HOPS and
 * IPV6_MINHOPCOUNT), and Java's NIO elsewhere, where a peer with a TCP-MD5 key or GTSM gets no session.
 */
final class SpeakerTransport {
    /** Why a peer with a key gets no session where the native transport is missing. */
    static final String NO_MD5 = "a TCP-MD5 key is configured, but TCP-MD5 signatures (RFC 2385) need Linux and "
        + "its native socket transport, which is not available here";
    /** Why a peer with GTSM gets no session where the native transport is missing. */
    static final String NO_GTSM = "GTSM is configured, but sending with TTL 255 and dropping segments below a "
        + "minimum TTL (RFC 5082) need Linux and its native socket transport, which is not available here";

    /** IPPROTO_IP, the level of the IPv4 options. */
    private static final int LEVEL_IP = 0;
    /** IPPROTO_IPV6, the level of the IPv6 options. */
    private static final int LEVEL_IPV6 = 41;
    /** The TTL of sent IPv4 packets; -1 is the system default. */
    static final IntegerUnixChannelOption IP_TTL = new IntegerUnixChannelOption("IP_TTL", LEVEL_IP, 2);
    /** The lowest TTL a received IPv4 segment may have; 0 accepts any. */
    static final IntegerUnixChannelOption IP_MINTTL = new IntegerUnixChannelOption("IP_MINTTL", LEVEL_IP, 21);
    /** The hop limit of sent IPv6 packets; -1 is the system default. */
    static final IntegerUnixChannelOption IPV6_UNICAST_HOPS = new IntegerUnixChannelOption("IPV6_UNICAST_HOPS",
        LEVEL_IPV6, 16);
    /** The lowest hop limit a received IPv6 segment may have; 0 accepts any. */
    static final IntegerUnixChannelOption IPV6_MINHOPCOUNT = new IntegerUnixChannelOption("IPV6_MINHOPCOUNT",
        LEVEL_IPV6, 73);
    /** The value of IP_TTL and IPV6_UNICAST_HOPS that restores the system default. */
    private static final int DEFAULT_TTL = -1;

    private static final Logger LOG = LoggerFactory.getLogger(SpeakerTransport.class);

    private final boolean epoll;

    private SpeakerTransport(final boolean epoll) {
        this.epoll = epoll;
    }

    /**
     * The epoll transport where it is available, else NIO.
     *
     * @return the transport
     */
    static SpeakerTransport best() {
        if (Epoll.isAvailable()) {
            return new SpeakerTransport(true);
        }
        LOG.info("BGP uses Java sockets: TCP-MD5 signatures and GTSM are not available ({})",
            Epoll.unavailabilityCause().getMessage());
        return nio();
    }

    /**
     * Java's NIO sockets, which cannot sign: the transport where epoll does not load.
     *
     * @return the NIO transport
     */
    static SpeakerTransport nio() {
        return new SpeakerTransport(false);
    }

    /**
     * Whether this transport can sign segments with TCP MD5 and set the TTL options of GTSM.
     *
     * @return true with epoll
     */
    boolean signs() {
        return epoll;
    }

    EventLoopGroup newGroup() {
        return epoll ? new EpollEventLoopGroup(1) : new NioEventLoopGroup(1);
    }

    Class<? extends ServerChannel> serverChannel() {
        return epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    Class<? extends Channel> socketChannel() {
        return epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    /**
     * Why a peer gets no session on this transport.
     *
     * @param config the peer
     * @param otherwise the reason to keep when nothing stops the peer
     * @return {@link #NO_MD5} when the peer has a key this transport cannot sign with, {@link #NO_GTSM} when it has
     *     GTSM this transport cannot set, else {@code otherwise}
     */
    @Nullable String refusal(final PeerConfig config, final @Nullable String otherwise) {
        if (epoll) {
            return otherwise;
        }
        if (config.tcpMd5Key() != null) {
            return NO_MD5;
        }
        return config.ttlSecurity() != null ? NO_GTSM : otherwise;
    }

    /**
     * What the router must match when a session with a signed or GTSM peer fails to come up: a router with another
     * key or none drops the segments unanswered (RFC 2385 section 2.0), and so does either end with GTSM when the
     * other sends with a TTL below its minimum (RFC 5082 section 3).
     *
     * @param config the peer
     * @return the hint in parentheses with a leading space, or an empty string for a peer with neither
     */
    static String hint(final PeerConfig config) {
        final List<String> hints = new ArrayList<>(2);
        if (config.tcpMd5Key() != null) {
            hints.add("a TCP-MD5 key is configured: the router must have the same key");
        }
        if (config.ttlSecurity() != null) {
            hints.add("GTSM is configured: the router must send with TTL 255 (ttl-security)");
        }
        return hints.isEmpty() ? "" : " (" + String.join("; ", hints) + ")";
    }

    /**
     * Connects to a peer, signing with its key when it has one and with the TTL options of its GTSM when it has
     * GTSM, both set before the SYN leaves; a failed connect of such a session says what the router must match
     * ({@link #hint(PeerConfig)}).
     *
     * @param eventLoop the loop of the connection
     * @param bootstrap the connection, ready to connect
     * @param config the peer
     * @param remote the peer's socket address
     * @return the connect's outcome
     */
    Future<Void> connect(final EventLoop eventLoop, final Bootstrap bootstrap, final PeerConfig config,
            final SocketAddress remote) {
        final TcpMd5Key key = config.tcpMd5Key();
        final TtlSecurity gtsm = config.ttlSecurity();
        if (key == null && gtsm == null) {
            return bootstrap.channel(socketChannel()).connect(remote);
        }
        final String refused = refusal(config, null);
        if (refused != null) {
            return eventLoop.newFailedFuture(new IOException(refused));
        }
        bootstrap.channel(EpollSocketChannel.class);
        if (key != null) {
            bootstrap.option(EpollChannelOption.TCP_MD5SIG, Map.of(config.address(), key.octets()));
        }
        if (gtsm != null) {
            final boolean v6 = config.address() instanceof Inet6Address;
            bootstrap.option(v6 ? IPV6_UNICAST_HOPS : IP_TTL, TtlSecurity.SEND_TTL)
                .option(v6 ? IPV6_MINHOPCOUNT : IP_MINTTL, gtsm.minimumTtl());
        }
        final ChannelFuture connected = bootstrap.connect(remote);
        final Promise<Void> outcome = eventLoop.newPromise();
        connected.addListener(f -> {
            if (f.isSuccess()) {
                outcome.setSuccess(null);
            } else {
                outcome.setFailure(new IOException(f.cause().getMessage() + hint(config), f.cause()));
            }
        });
        return outcome;
    }

    /**
     * Gives a connection accepted from a peer the peer's GTSM (RFC 5082 section 3): TTL 255 and the peer's minimum
     * TTL when it has GTSM, else the system's TTL and no minimum (it inherited the listener's TTL, which is 255
     * while any peer has GTSM). The handshake itself passed the listener, which has no minimum TTL, as the
     * listener serves every peer.
     *
     * @param child the accepted connection
     * @param config its peer
     * @return true when set (or nothing to set), false when the kernel refused, and the peer must get no session
     */
    boolean applyTtlSecurity(final Channel child, final PeerConfig config) {
        if (!epoll) {
            return config.ttlSecurity() == null;
        }
        final TtlSecurity gtsm = config.ttlSecurity();
        final boolean v6 = ((InetSocketAddress) child.remoteAddress()).getAddress() instanceof Inet6Address;
        try {
            child.config().setOption(v6 ? IPV6_UNICAST_HOPS : IP_TTL, gtsm == null ? DEFAULT_TTL
                : TtlSecurity.SEND_TTL);
            child.config().setOption(v6 ? IPV6_MINHOPCOUNT : IP_MINTTL, gtsm == null ? 0 : gtsm.minimumTtl());
            return true;
        } catch (ChannelException e) {
            LOG.error("Cannot set the TTL of the BGP session with {} for GTSM", config.address(), e);
            return gtsm == null;
        }
    }

    /**
     * Sets the keys of the listening socket to those of the peers, so the kernel accepts their signed connections
     * and refuses unsigned or wrongly signed ones (RFC 2385 section 2.0); connections inherit the keys. While a
     * peer has GTSM, the listener sends with TTL 255 (RFC 5082 section 3), so that its SYN-ACK reaches a router that
     * checks the TTL from its first segment on.
     *
     * @param server the listening channel, or null
     * @param peers the configured peers
     */
    void protectListener(final @Nullable Channel server, final Collection<PeerConfig> peers) {
        if (!epoll || server == null || !server.isOpen()) {
            return;
        }
        final Map<InetAddress, byte[]> keys = new HashMap<>();
        boolean gtsm4 = false;
        boolean gtsm6 = false;
        for (PeerConfig peer : peers) {
            final TcpMd5Key key = peer.tcpMd5Key();
            if (key != null) {
                keys.put(peer.address(), key.octets());
            }
            if (peer.ttlSecurity() != null) {
                if (peer.address() instanceof Inet6Address) {
                    gtsm6 = true;
                } else {
                    gtsm4 = true;
                }
            }
        }
        try {
            server.config().setOption(EpollChannelOption.TCP_MD5SIG, keys);
        } catch (ChannelException e) {
            LOG.error("Cannot set the TCP-MD5 keys of the BGP listener: peers with a key get no session", e);
        }
        try {
            server.config().setOption(IP_TTL, gtsm4 ? TtlSecurity.SEND_TTL : DEFAULT_TTL);
            final SocketAddress local = server.localAddress();
            if (local instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet6Address) {
                server.config().setOption(IPV6_UNICAST_HOPS, gtsm6 ? TtlSecurity.SEND_TTL : DEFAULT_TTL);
            }
        } catch (ChannelException e) {
            LOG.error("Cannot set the TTL of the BGP listener: routers with GTSM may not reach it", e);
        }
    }
}
