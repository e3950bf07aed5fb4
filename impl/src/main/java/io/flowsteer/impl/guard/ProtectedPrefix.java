/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.IpAddressText;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A prefix no rule may discard, rate-limit to zero or redirect without {@code force}
 * (flowsteer-flowspec {@code guards}): configured in {@code guards/protected-prefix}, or one of the network's own
 * addresses as a host prefix.
 *
 * @param prefix the prefix (host bits, if any, are never compared)
 * @param text the prefix as the operator reads it, e.g. {@code 192.0.2.1/32}
 * @param what what it is, in operator words, e.g. {@code the BGP peer address of router pe1}
 */
public record ProtectedPrefix(IpAddressText.@NonNull Prefix prefix, @NonNull String text, @NonNull String what) {
    private static final int OCTET = 8;

    public ProtectedPrefix {
        requireNonNull(prefix);
        requireNonNull(text);
        requireNonNull(what);
    }

    /**
     * A configured prefix.
     *
     * @param text the prefix text
     * @param what what it is
     * @return the protected prefix, or null when the text is not a prefix
     */
    public static @Nullable ProtectedPrefix of(final @NonNull String text, final @NonNull String what) {
        final IpAddressText.Prefix prefix = IpAddressText.prefix(text);
        return prefix == null ? null : new ProtectedPrefix(prefix, text, what);
    }

    /**
     * One address, protected as a host prefix (/32 or /128).
     *
     * @param address the address text
     * @param what what it is
     * @return the protected prefix, or null when the text is not an address
     */
    public static @Nullable ProtectedPrefix host(final @NonNull String address, final @NonNull String what) {
        final var parsed = IpAddressText.tryParse(address);
        if (parsed == null) {
            return null;
        }
        final int bits = parsed.getAddress().length * OCTET;
        return of(address + "/" + bits, what);
    }

    /**
     * Whether traffic to this prefix can match a destination prefix: the bits both prefixes fix agree. With an IPv6
     * offset (RFC 8956 section 3.1) the destination's first {@code offset} bits are not compared.
     *
     * @param destination the rule's destination prefix
     * @param offset its offset, 0 for IPv4
     * @return true when some address is in both
     */
    public boolean overlaps(final IpAddressText.@NonNull Prefix destination, final int offset) {
        if (destination.afi() != prefix.afi()) {
            return false;
        }
        final byte[] mine = prefix.octets();
        final byte[] theirs = destination.octets();
        final int end = Math.min(prefix.length(), destination.length());
        for (int bit = offset; bit < end; bit++) {
            final int mask = 1 << (OCTET - 1 - bit % OCTET);
            if ((mine[bit / OCTET] & mask) != (theirs[bit / OCTET] & mask)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The prefix and what it is, as refusals name it.
     *
     * @return e.g. {@code 192.0.2.1/32 (the BGP peer address of router pe1)}
     */
    public @NonNull String describe() {
        return text + " (" + what + ")";
    }
}
