/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.WireOrderSupport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A direct, slow transcription of the RFC 8955 section 5.1 / RFC 8956 section 4 comparison algorithm (the
 * pseudocode of RFC 8956 appendix A), used only to cross-check {@link SortKey}.
 */
final class ReferenceFsv1Comparator implements Comparator<Fsv1Nlri> {
    @Override
    public int compare(final Fsv1Nlri left, final Fsv1Nlri right) {
        final List<FlowComponent> as = left.components();
        final List<FlowComponent> bs = right.components();
        for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
            if (i >= as.size()) {
                return 1;
            }
            if (i >= bs.size()) {
                return -1;
            }
            final FlowComponent ca = as.get(i);
            final FlowComponent cb = bs.get(i);
            if (ca.type() != cb.type()) {
                return Integer.compare(ca.type().fsv1Code(), cb.type().fsv1Code());
            }
            final int result = ca instanceof IpPrefixComponent pa ? comparePrefix(pa, (IpPrefixComponent) cb)
                : compareBytes(encode(ca), encode(cb));
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static int comparePrefix(final IpPrefixComponent pa, final IpPrefixComponent pb) {
        if (pa.offset() != pb.offset()) {
            return Integer.compare(pa.offset(), pb.offset());
        }
        final int common = Math.min(pa.length(), pb.length());
        for (int bit = pa.offset(); bit < common; bit++) {
            final int ba = bit(pa, bit);
            final int bb = bit(pb, bit);
            if (ba != bb) {
                return Integer.compare(ba, bb);
            }
        }
        return Integer.compare(pb.length(), pa.length());
    }

    private static int bit(final IpPrefixComponent prefix, final int bit) {
        final long word = bit < 64 ? prefix.high() : prefix.low();
        return (int) (word >>> 63 - (bit & 63)) & 1;
    }

    static int compareBytes(final byte[] ba, final byte[] bb) {
        final int common = Math.min(ba.length, bb.length);
        final int result = Arrays.compareUnsigned(ba, 0, common, bb, 0, common);
        if (result != 0) {
            return result;
        }
        return Integer.compare(bb.length, ba.length);
    }

    private static byte[] encode(final FlowComponent component) {
        final ByteBuf buf = Unpooled.buffer();
        WireOrderSupport.encodeValue(component, buf);
        final byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }
}
