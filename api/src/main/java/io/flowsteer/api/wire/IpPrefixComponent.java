/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import io.flowsteer.api.error.EncodeException;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Destination or source prefix component: IPv4 prefix in RFC 4271 form (RFC 8955 sections 4.2.2.1-2) or IPv6
 * prefix with offset (RFC 8956 section 3.1). The address is held as 128 bits in two longs, most significant first;
 * an IPv4 address occupies the top 32 bits of {@code high}. Only bits [offset, length) are significant; the
 * constructor clears all others, so equal prefixes are equal records.
 *
 * @param type DESTINATION_PREFIX or SOURCE_PREFIX
 * @param afi the address family
 * @param length the prefix length: the bit where pattern matching stops
 * @param offset bits skipped before matching starts (IPv6 only; 0 for IPv4)
 * @param high address bits 0-63
 * @param low address bits 64-127 (0 for IPv4)
 */
public record IpPrefixComponent(@NonNull ComponentType type, @NonNull Afi afi, int length, int offset, long high,
        long low) implements FlowComponent {
    /**
     * Checks the prefix and clears insignificant bits.
     *
     * @param type DESTINATION_PREFIX or SOURCE_PREFIX
     * @param afi the address family
     * @param length prefix length
     * @param offset prefix offset
     * @param high address bits 0-63
     * @param low address bits 64-127
     * @throws EncodeException naming the field when length or offset are out of range
     */
    public IpPrefixComponent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(afi);
        final String error = check(type, afi, length, offset);
        if (error != null) {
            throw new EncodeException(error);
        }
        high &= maskWord(offset, length);
        low &= maskWord(offset - 64, length - 64);
    }

    static @Nullable String check(final ComponentType type, final Afi afi, final int length, final int offset) {
        if (type.kind() != ComponentKind.PREFIX) {
            return type.fieldName() + " is not a prefix component";
        }
        if (length < 0 || length > afi.addressBits()) {
            return type.fieldName() + " length " + length + " exceeds " + afi.addressBits() + " bits";
        }
        if (afi == Afi.IPV4) {
            return offset == 0 ? null : type.fieldName() + " offset " + offset + " is not allowed for IPv4";
        }
        if (offset < 0 || offset >= length && (length != 0 || offset != 0)) {
            return type.fieldName() + " offset " + offset + " is not below length " + length;
        }
        return null;
    }

    /**
     * An IPv4 prefix.
     *
     * @param type DESTINATION_PREFIX or SOURCE_PREFIX
     * @param address 4 address octets
     * @param length prefix length, 0 to 32
     * @return the component
     */
    public static @NonNull IpPrefixComponent ipv4(final @NonNull ComponentType type, final byte @NonNull [] address,
            final int length) {
        if (address.length != 4) {
            throw new EncodeException(type.fieldName() + " address has " + address.length + " octets, not 4");
        }
        return new IpPrefixComponent(type, Afi.IPV4, length, 0, word(address, 0, 4) << 32, 0);
    }

    /**
     * An IPv6 prefix with offset; only bits [offset, length) of the address are matched.
     *
     * @param type DESTINATION_PREFIX or SOURCE_PREFIX
     * @param address 16 address octets
     * @param offset bits to skip, 0 to length - 1
     * @param length prefix length, 0 to 128
     * @return the component
     */
    public static @NonNull IpPrefixComponent ipv6(final @NonNull ComponentType type, final byte @NonNull [] address,
            final int offset, final int length) {
        if (address.length != 16) {
            throw new EncodeException(type.fieldName() + " address has " + address.length + " octets, not 16");
        }
        return new IpPrefixComponent(type, Afi.IPV6, length, offset, word(address, 0, 8), word(address, 8, 8));
    }

    /**
     * The address as octets (4 for IPv4, 16 for IPv6), insignificant bits zero.
     *
     * @return a fresh array
     */
    public byte @NonNull [] address() {
        final byte[] out = new byte[afi.addressBits() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((i < 8 ? high >>> 56 - 8 * i : low >>> 56 - 8 * (i - 8)) & 0xff);
        }
        return out;
    }

    /**
     * Tests an address against bits [offset, length).
     *
     * @param addrHigh address bits 0-63 (IPv4 in the top 32 bits)
     * @param addrLow address bits 64-127
     * @return true when all significant bits are equal
     */
    public boolean matches(final long addrHigh, final long addrLow) {
        return ((addrHigh ^ high) & maskWord(offset, length)) == 0
            && ((addrLow ^ low) & maskWord(offset - 64, length - 64)) == 0;
    }

    /**
     * Mask of bits [from, to) of a 64-bit word, bit 0 being the most significant; bounds are clipped to [0, 64].
     *
     * @param from first bit
     * @param to end bit, exclusive
     * @return the mask
     */
    static long maskWord(final int from, final int to) {
        final int start = Math.max(0, Math.min(64, from));
        final int end = Math.max(0, Math.min(64, to));
        if (start >= end) {
            return 0;
        }
        final long head = -1L >>> start;
        return end == 64 ? head : head & ~(-1L >>> end);
    }

    private static long word(final byte[] bytes, final int from, final int count) {
        long result = 0;
        for (int i = 0; i < count; i++) {
            result = result << 8 | bytes[from + i] & 0xff;
        }
        return result;
    }
}
