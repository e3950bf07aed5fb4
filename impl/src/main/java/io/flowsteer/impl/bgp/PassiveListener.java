/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speaker's listening socket for passive sessions (RFC 4271 section 8.1.1, PassiveTcpEstablishment), on the
 * address of {@code bgp-speaker/listen-address}. Used on the speaker's event loop only.
 */
final class PassiveListener {
    private static final Logger LOG = LoggerFactory.getLogger(PassiveListener.class);
    private static final long REBIND_DELAY_MILLIS = 100;

    private final EventLoopGroup group;
    private final EventLoop loop;
    private final Class<? extends ServerChannel> channelType;
    private final Consumer<SocketChannel> accept;
    private final Runnable bound;
    private @Nullable Channel serverChannel;
    /** Counts {@link #bind} calls, so that a delayed bind of an address replaced since does nothing. */
    private long generation;

    PassiveListener(final EventLoopGroup group, final EventLoop loop, final Class<? extends ServerChannel> channelType,
            final Consumer<SocketChannel> accept, final Runnable bound) {
        this.group = group;
        this.loop = loop;
        this.channelType = channelType;
        this.accept = accept;
        this.bound = bound;
    }

    /**
     * The listening channel, for socket options that depend on the peers (TCP-MD5 keys).
     *
     * @return the channel, or null when not listening
     */
    @Nullable Channel channel() {
        return serverChannel;
    }

    /**
     * Listens on a new address, closing the old listener.
     *
     * @param address where to listen, or null to stop listening
     */
    void bind(final @Nullable InetSocketAddress address) {
        final long current = ++generation;
        final Channel old = serverChannel;
        serverChannel = null;
        if (old != null) {
            old.close();
        }
        if (address == null) {
            return;
        }
        if (old != null) {
            // The JDK releases a closed server socket's port only at the event loop's next select: a listener on
            // another address of the same port (127.0.0.1 to 0.0.0.0, the usual change) would not bind before.
            loop.schedule(() -> listen(address, current), REBIND_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            listen(address, current);
        }
    }

    /**
     * The address the listener is bound to.
     *
     * @return the bound address, or null when not listening (yet)
     */
    @Nullable InetSocketAddress boundAddress() {
        final Channel server = serverChannel;
        return server == null ? null : (InetSocketAddress) server.localAddress();
    }

    private void listen(final InetSocketAddress address, final long bindCall) {
        if (bindCall != generation) {
            return;
        }
        final ChannelFuture future = new ServerBootstrap().group(group).channel(channelType)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    accept.accept(ch);
                }
            }).bind(address);
        serverChannel = future.channel();
        bound.run();
        future.addListener(f -> {
            if (f.isSuccess()) {
                // again once bound: options that depend on the bound address's family (IPv6 hop limit)
                bound.run();
            } else {
                LOG.error("Cannot listen on {}", address, f.cause());
            }
        });
    }

    /**
     * The address a session to a peer is opened from. A speaker listening on one address also connects from it,
     * as routers accept a session only from the neighbour address they are configured with; but from the default
     * loopback listener no peer on another host is reachable, so for those the kernel picks the source.
     *
     * @param listen where the speaker listens, or null when it does not
     * @param peer the peer's address
     * @return the source address, or null to let the kernel choose
     */
    static @Nullable InetAddress sourceAddress(final @Nullable InetSocketAddress listen, final InetAddress peer) {
        if (listen == null || listen.getAddress().isAnyLocalAddress()) {
            return null;
        }
        return listen.getAddress().isLoopbackAddress() && !peer.isLoopbackAddress() ? null : listen.getAddress();
    }
}
