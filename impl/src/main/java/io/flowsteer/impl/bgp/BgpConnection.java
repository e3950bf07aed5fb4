/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.NotificationMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One TCP connection of a peer: the last handler of its pipeline. Every event is handed to the owning
 * {@link BgpPeer}; an exception thrown while handling one reaches {@link #exceptionCaught} and closes this
 * connection only.
 */
final class BgpConnection extends ChannelInboundHandlerAdapter {
    private final BgpPeer peer;
    private final boolean inbound;
    private volatile int maxMessageSize = BgpMessageCodec.MAX_STANDARD;
    private @Nullable Channel channel;
    private boolean fourOctetAs;

    BgpConnection(final BgpPeer peer, final boolean inbound) {
        this.peer = peer;
        this.inbound = inbound;
    }

    BgpFrameDecoder newFrameDecoder() {
        return new BgpFrameDecoder(() -> maxMessageSize);
    }

    boolean inbound() {
        return inbound;
    }

    Channel channel() {
        return channel;
    }

    void setChannel(final Channel newChannel) {
        channel = newChannel;
    }

    boolean fourOctetAs() {
        return fourOctetAs;
    }

    void negotiated(final boolean fourOctet, final int maxSize) {
        fourOctetAs = fourOctet;
        maxMessageSize = maxSize;
    }

    /**
     * Writes a message and flushes, counting it as sent by the peer. Nothing before the connection has a channel.
     *
     * @param message the message
     */
    void send(final OutboundMessage message) {
        if (channel != null) {
            peer.counters().sent(message);
            channel.writeAndFlush(message);
        }
    }

    /**
     * Closes the connection, after sending it a NOTIFICATION (RFC 4271 section 4.5) if one is given and the
     * connection is still up. Nothing before the connection has a channel.
     *
     * @param notification the NOTIFICATION, or null to close without one
     */
    void close(final @Nullable NotificationMessage notification) {
        if (channel == null) {
            return;
        }
        if (notification != null && channel.isActive()) {
            final OutboundMessage message = new OutboundMessage.Control(notification);
            peer.counters().sent(message);
            channel.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        channel = ctx.channel();
        peer.onConnected(this);
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        try {
            if (msg instanceof ByteBuf frame) {
                peer.onFrame(this, frame);
            } else {
                peer.onFrameError(this, msg);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        peer.onDisconnected(this, null);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        peer.onDisconnected(this, cause);
        ctx.close();
    }
}
