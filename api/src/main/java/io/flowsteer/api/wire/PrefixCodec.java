/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;

/**
 * Prefix component values: IPv4 {@code <length, prefix>} in RFC 4271 form (RFC 8955 section 4.2.2.1) and IPv6
 * {@code <length, offset, pattern>} (RFC 8956 section 3.1), shared with draft-ietf-idr-fsv2-ip-basic section 4.4.1.
 * Trailing bits of the last prefix or pattern octet are sent as zero and ignored on receipt.
 */
final class PrefixCodec {
    private PrefixCodec() {
        // utility class
    }

    static int encodedLength(final IpPrefixComponent prefix) {
        return prefix.afi() == Afi.IPV4 ? 1 + (prefix.length() + 7) / 8
            : 2 + (prefix.length() - prefix.offset() + 7) / 8;
    }

    static void encode(final IpPrefixComponent prefix, final ByteBuf out) {
        if (prefix.afi() == Afi.IPV4) {
            out.writeByte(prefix.length());
            writeBits(out, prefix.high(), 0, prefix.length());
            return;
        }
        out.writeByte(prefix.length());
        out.writeByte(prefix.offset());
        final int shift = prefix.offset();
        final long high = shiftLeftHigh(prefix.high(), prefix.low(), shift);
        final long low = shift >= 64 ? 0 : prefix.low() << shift;
        final int bits = prefix.length() - shift;
        writeBits(out, high, low, bits);
    }

    private static long shiftLeftHigh(final long high, final long low, final int shift) {
        if (shift == 0) {
            return high;
        }
        return shift >= 64 ? low << shift - 64 : high << shift | low >>> 64 - shift;
    }

    private static void writeBits(final ByteBuf out, final long high, final long low, final int bits) {
        final int octets = (bits + 7) / 8;
        for (int i = 0; i < octets; i++) {
            out.writeByte((int) (i < 8 ? high >>> 56 - 8 * i : low >>> 56 - 8 * (i - 8)));
        }
    }

    static IpPrefixComponent decode(final ComponentType type, final Afi afi, final ByteBuf in, final int end)
            throws WireFormatException {
        if (in.readerIndex() >= end) {
            throw OperatorCodec.malformed(type.fieldName() + " has no length octet");
        }
        final int length = in.readUnsignedByte();
        int offset = 0;
        if (afi == Afi.IPV6) {
            if (in.readerIndex() >= end) {
                throw OperatorCodec.malformed(type.fieldName() + " has no offset octet");
            }
            offset = in.readUnsignedByte();
        }
        final String error = IpPrefixComponent.check(type, afi, length, offset);
        if (error != null) {
            throw OperatorCodec.malformed(error);
        }
        final int octets = (length - offset + 7) / 8;
        if (end - in.readerIndex() < octets) {
            throw OperatorCodec.malformed(type.fieldName() + " prefix of " + octets
                + " octets overruns the component");
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 16; i++) {
            final long octet = i < octets ? in.readUnsignedByte() : 0;
            if (i < 8) {
                high = high << 8 | octet;
            } else {
                low = low << 8 | octet;
            }
        }
        if (offset == 0) {
            return new IpPrefixComponent(type, afi, length, 0, high, low);
        }
        final long shiftedHigh = offset >= 64 ? 0 : high >>> offset;
        final long shiftedLow = offset >= 64 ? high >>> offset - 64 : low >>> offset | high << 64 - offset;
        return new IpPrefixComponent(type, afi, length, offset, shiftedHigh, shiftedLow);
    }
}
