/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2OpaqueComponent;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.RouteDistinguisher;
import io.flowsteer.api.wire.WireOrderSupport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A precomputed sort key: a string of 16-bit symbols whose unsigned lexicographic order is the installation order
 * of draft-ietf-idr-fsv2-ip-basic section 6.3 (every FSv2 rule before every FSv1 rule), section 6.1 for FSv2
 * (user order, family type, component type, value) and RFC 8955 section 5.1 with RFC 8956 section 4 for FSv1.
 *
 * <p>Layout: version symbol (0 FSv2, 1 FSv1); for FSv2 the user order, then per family {@code 1, type}, per
 * component its type and value, {@link #FAMILY_END}, and {@code 2} after the last family; for FSv1 per component
 * its type code and value, then {@link #END}. A rule that runs out of components sorts after one that has another
 * component, as RFC 8955 section 5.1 requires. Values: prefixes as offset, then the bits [offset, length) eight to a
 * symbol in base 3 (digit 2 past the end), then an all-2 terminator, so that a more specific prefix precedes a
 * covering one and otherwise the lower IP value comes first; all other values as their canonical encoding's octets
 * followed by 256, so that of two strings with equal common prefix the longer one comes first (RFC 8955 section 5.1
 * text). After the ordering part come tie-breakers (address family, route distinguisher, DFC, O flags) so that
 * distinct rules never compare equal and the order never depends on arrival order.
 */
public final class SortKey implements Comparable<SortKey> {
    static final char END = 0xffff;
    static final char FAMILY_END = 0xfffe;
    private static final char OCTETS_END = 256;
    private static final int[] POW3 = {2187, 729, 243, 81, 27, 9, 3, 1};
    private static final char CHUNK_END = 6560;

    private final char[] key;

    private SortKey(final char[] key) {
        this.key = key;
    }

    /**
     * Computes the key of a rule.
     *
     * @param nlri the rule
     * @return its key
     */
    public static @NonNull SortKey of(final @NonNull FlowspecNlri nlri) {
        final Builder builder = new Builder();
        if (nlri instanceof Fsv2Nlri fsv2) {
            builder.fsv2(fsv2);
        } else if (nlri instanceof Fsv1Nlri fsv1) {
            builder.fsv1(fsv1);
        }
        return new SortKey(builder.toArray());
    }

    @Override
    public int compareTo(final SortKey other) {
        return Arrays.compare(key, other.key);
    }

    @Override
    public boolean equals(final Object obj) {
        return this == obj || obj instanceof SortKey other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        final StringBuilder sb = new StringBuilder("SortKey[");
        for (char symbol : key) {
            sb.append(Integer.toHexString(symbol)).append(' ');
        }
        return sb.append(']').toString();
    }

    private static final class Builder {
        private final ByteBuf scratch = Unpooled.buffer(64);
        private char[] buf = new char[48];
        private int size;

        void put(final int symbol) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (char) symbol;
        }

        char[] toArray() {
            return Arrays.copyOf(buf, size);
        }

        void fsv1(final Fsv1Nlri nlri) {
            put(1);
            for (FlowComponent component : nlri.components()) {
                put(component.type().fsv1Code());
                value(component);
            }
            put(END);
            put(nlri.afi().code());
            final RouteDistinguisher rd = nlri.routeDistinguisher();
            if (rd == null) {
                put(0);
            } else {
                put(1);
                putLong(rd.value());
            }
        }

        void fsv2(final Fsv2Nlri nlri) {
            put(0);
            put((int) (nlri.userOrder() >>> 16));
            put((int) nlri.userOrder());
            for (Fsv2FilterFamily family : nlri.families()) {
                put(1);
                put(family.familyType());
                for (Fsv2Component component : family.components()) {
                    put(component.componentType());
                    if (component instanceof Fsv2IpComponent ip) {
                        value(ip.component());
                    } else if (component instanceof Fsv2OpaqueComponent opaque) {
                        final Octets value = opaque.value();
                        for (int i = 0; i < value.length(); i++) {
                            put(value.get(i));
                        }
                        put(OCTETS_END);
                    }
                }
                put(FAMILY_END);
            }
            put(2);
            put(nlri.afi().code());
            put((int) (nlri.dependentFiltersChain() >>> 16));
            put((int) nlri.dependentFiltersChain());
            for (Fsv2FilterFamily family : nlri.families()) {
                for (Fsv2Component component : family.components()) {
                    put(component.optional() ? 1 : 0);
                }
            }
        }

        private void putLong(final long value) {
            put((int) (value >>> 48));
            put((int) (value >>> 32));
            put((int) (value >>> 16));
            put((int) value);
        }

        private void value(final FlowComponent component) {
            if (component instanceof IpPrefixComponent prefix) {
                prefix(prefix);
                return;
            }
            scratch.clear();
            WireOrderSupport.encodeValue(component, scratch);
            while (scratch.isReadable()) {
                put(scratch.readUnsignedByte());
            }
            put(OCTETS_END);
        }

        private void prefix(final IpPrefixComponent prefix) {
            final int offset = prefix.offset();
            final int length = prefix.length();
            put(offset);
            for (int from = offset; from < length; from += 8) {
                int chunk = 0;
                for (int i = 0; i < 8; i++) {
                    final int bit = from + i;
                    final int digit = bit >= length ? 2 : bit(prefix, bit);
                    chunk += digit * POW3[i];
                }
                put(chunk);
            }
            put(CHUNK_END);
        }

        private static int bit(final IpPrefixComponent prefix, final int bit) {
            final long word = bit < 64 ? prefix.high() : prefix.low();
            return (int) (word >>> 63 - (bit & 63)) & 1;
        }
    }
}
