/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Key of an SR Policy: color and endpoint (RFC 9256 section 2.1).
 *
 * @param color color, 32-bit unsigned
 * @param endpoint endpoint address
 */
public record SrPolicyKey(long color, InetAddress endpoint) implements Comparable<SrPolicyKey> {
    private static final Comparator<SrPolicyKey> ORDER = Comparator.comparingLong(SrPolicyKey::color)
        .thenComparing(SrPolicyKey::endpoint, SrPolicyKey::compareAddresses);

    /**
     * Checks the color range.
     */
    public SrPolicyKey {
        if (color < 0 || color > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("color " + color + " is not a 32-bit unsigned value");
        }
        requireNonNull(endpoint);
    }

    @Override
    public int compareTo(final @NonNull SrPolicyKey other) {
        return ORDER.compare(this, other);
    }

    private static int compareAddresses(final InetAddress first, final InetAddress second) {
        final byte[] one = first.getAddress();
        final byte[] two = second.getAddress();
        return one.length != two.length ? Integer.compare(one.length, two.length) : Arrays.compareUnsigned(one, two);
    }

    @Override
    public String toString() {
        return "(color " + color + ", endpoint " + endpoint.getHostAddress() + ")";
    }
}
