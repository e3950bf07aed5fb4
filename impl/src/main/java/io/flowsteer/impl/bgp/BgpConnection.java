/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessageCodec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * One TCP connection of a peer: the last handler of its pipeline. Every event is handed to the owning
 * {@link BgpPeer}; an exception thrown while handling one reaches {@link #exceptionCaught} and closes this
 * connection only.
 */
final class BgpConnection extends ChannelInboundHandlerAdapter {
    private final BgpPeer peer;
    private final boolean inbound;
    private volatile int maxMessageSize = BgpMessageCodec.MAX_STANDARD;
    private Channel channel;
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
