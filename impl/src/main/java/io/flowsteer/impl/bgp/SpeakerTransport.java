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
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets of the BGP speaker: Netty's native epoll transport where it loads (Linux), because only it can sign
 * TCP segments with MD5 (RFC 2385 section 2, the kernel's TCP_MD5SIG option), and Java's NIO elsewhere, where a
 * peer with a TCP-MD5 key gets no session.
 */
final class SpeakerTransport {
    /** Why a peer with a key gets no session where the native transport is missing. */
    static final String NO_MD5 = "a TCP-MD5 key is configured, but TCP-MD5 signatures (RFC 2385) need Linux and "
        + "its native socket transport, which is not available here";

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
        LOG.info("BGP uses Java sockets: TCP-MD5 signatures are not available ({})",
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
     * Whether this transport can sign segments with TCP MD5.
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
     * @return {@link #NO_MD5} when the peer has a key this transport cannot sign with, else {@code otherwise}
     */
    @Nullable String refusal(final PeerConfig config, final @Nullable String otherwise) {
        return config.tcpMd5Key() != null && !epoll ? NO_MD5 : otherwise;
    }

    /**
     * Connects to a peer, signing with its key when it has one; a failed connect of a signed session says that a
     * key is configured, since a router with another key or none drops the segments unanswered (RFC 2385 section
     * 2.0).
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
        if (key == null) {
            return bootstrap.channel(socketChannel()).connect(remote);
        }
        if (!epoll) {
            return eventLoop.newFailedFuture(new IOException(NO_MD5));
        }
        final ChannelFuture connected = bootstrap.channel(EpollSocketChannel.class)
            .option(EpollChannelOption.TCP_MD5SIG, Map.of(config.address(), key.octets())).connect(remote);
        final Promise<Void> outcome = eventLoop.newPromise();
        connected.addListener(f -> {
            if (f.isSuccess()) {
                outcome.setSuccess(null);
            } else {
                outcome.setFailure(new IOException(f.cause().getMessage()
                    + " (a TCP-MD5 key is configured: the router must have the same key)", f.cause()));
            }
        });
        return outcome;
    }

    /**
     * Sets the keys of the listening socket to those of the peers, so the kernel accepts their signed connections
     * and refuses unsigned or wrongly signed ones (RFC 2385 section 2.0); connections inherit the keys.
     *
     * @param server the listening channel, or null
     * @param peers the configured peers
     */
    void signListener(final @Nullable Channel server, final Collection<PeerConfig> peers) {
        if (!epoll || server == null || !server.isOpen()) {
            return;
        }
        final Map<InetAddress, byte[]> keys = new HashMap<>();
        for (PeerConfig peer : peers) {
            final TcpMd5Key key = peer.tcpMd5Key();
            if (key != null) {
                keys.put(peer.address(), key.octets());
            }
        }
        try {
            server.config().setOption(EpollChannelOption.TCP_MD5SIG, keys);
        } catch (ChannelException e) {
            LOG.error("Cannot set the TCP-MD5 keys of the BGP listener: peers with a key get no session", e);
        }
    }
}
