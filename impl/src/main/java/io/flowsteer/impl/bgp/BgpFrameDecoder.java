/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.BgpProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Cuts the TCP stream into BGP messages (RFC 4271 section 4.1). A header error is passed on as a
 * {@link BgpProtocolException} message, after which all further input is dropped: the session handler sends the
 * NOTIFICATION and closes.
 */
final class BgpFrameDecoder extends ByteToMessageDecoder {
    private final IntSupplier maxSize;
    private boolean failed;

    BgpFrameDecoder(final IntSupplier maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    protected void decode(final ChannelHandlerContext ctx, final ByteBuf in, final List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            final int length = BgpMessageCodec.frameLength(in, maxSize.getAsInt());
            if (length > 0 && in.readableBytes() >= length) {
                out.add(in.readRetainedSlice(length));
            }
        } catch (BgpProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            out.add(e);
        }
    }
}
