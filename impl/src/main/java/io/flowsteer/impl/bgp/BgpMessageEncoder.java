/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.OpenMessage;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes the {@link OutboundMessage}s of a BGP connection with the api's message codec, RFC 4271 section 4 (OPEN
 * 4.2, KEEPALIVE 4.4, NOTIFICATION 4.5), RFC 2918 section 3 (ROUTE-REFRESH); an UPDATE arrives already packed.
 * Buffers start at the size of the message when it is known, at the 19-octet message header otherwise.
 */
final class BgpMessageEncoder extends MessageToByteEncoder<OutboundMessage> {
    BgpMessageEncoder() {
        super(OutboundMessage.class);
    }

    @Override
    protected ByteBuf allocateBuffer(final ChannelHandlerContext ctx, final OutboundMessage msg,
            final boolean preferDirect) {
        final int size = msg instanceof OutboundMessage.Update update ? update.wire().length()
            : BgpMessageCodec.HEADER_LENGTH;
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }

    @Override
    protected void encode(final ChannelHandlerContext ctx, final OutboundMessage msg, final ByteBuf out) {
        if (msg instanceof OutboundMessage.Update update) {
            update.wire().writeTo(out);
        } else if (msg instanceof OutboundMessage.Control control) {
            encode(control.message(), out);
        }
    }

    private static void encode(final BgpMessage message, final ByteBuf out) {
        if (message instanceof OpenMessage open) {
            BgpMessageCodec.encodeOpen(open, out);
        } else if (message instanceof KeepaliveMessage) {
            BgpMessageCodec.encodeKeepalive(out);
        } else if (message instanceof NotificationMessage notification) {
            BgpMessageCodec.encodeNotification(notification, out);
        } else if (message instanceof RouteRefreshMessage refresh) {
            BgpMessageCodec.encodeRouteRefresh(refresh, out);
        } else {
            throw new IllegalArgumentException("an UPDATE is sent already encoded");
        }
    }
}
