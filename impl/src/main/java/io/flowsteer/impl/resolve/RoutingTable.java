/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The unicast routes of one routing instance of a router (BGP-learned and static), with the lookups of
 * draft-ietf-idr-flowspec-redirect-ip section 2.2: longest-prefix match of a redirect address and the equal best
 * paths (next hops) of the matching route.
 *
 * <p>Routes to one prefix are merged, their next hops making ECMP. Immutable; lookups use an index built once.
 */
public final class RoutingTable {
    /** The empty table. */
    public static final @NonNull RoutingTable EMPTY = new RoutingTable(List.of(), Map.of());

    /**
     * One prefix and its next hops.
     *
     * @param prefix the prefix address, host bits zero
     * @param length the prefix length
     * @param nextHops the next hops, sorted (IPv4 first, then by octets), at least one
     */
    public record Route(@NonNull InetAddress prefix, int length, @NonNull List<InetAddress> nextHops) {
        public Route {
            requireNonNull(prefix);
            nextHops = AddressText.sorted(nextHops);
            if (nextHops.isEmpty()) {
                throw new IllegalArgumentException("route " + prefix + "/" + length + " has no next hop");
            }
            if (length < 0 || length > prefix.getAddress().length * 8) {
                throw new IllegalArgumentException("prefix length " + length + " out of range");
            }
        }

        /**
         * The prefix in text form.
         *
         * @return e.g. {@code 192.0.2.0/24}
         */
        public @NonNull String prefixText() {
            return AddressText.text(prefix) + "/" + length;
        }
    }

    /**
     * A prefix as an index key: its masked address in two longs (IPv4 in the low one) and its length.
     *
     * @param family 4 or 16, the address octets
     * @param high the first 8 octets of an IPv6 address, 0 for IPv4
     * @param low the last 8 octets of an IPv6 address, or the IPv4 address
     * @param length the prefix length
     */
    private record Key(int family, long high, long low, int length) {
        static Key of(final byte[] octets, final int length) {
            final byte[] masked = mask(octets, length);
            long high = 0;
            long low = 0;
            for (int i = 0; i < masked.length; i++) {
                if (masked.length == 16 && i < 8) {
                    high = high << 8 | masked[i] & 0xff;
                } else {
                    low = low << 8 | masked[i] & 0xff;
                }
            }
            return new Key(masked.length, high, low, length);
        }
    }

    private final @NonNull List<Route> routes;
    private final @NonNull Map<Key, Route> index;

    private RoutingTable(final List<Route> routes, final Map<Key, Route> index) {
        this.routes = List.copyOf(routes);
        this.index = Collections.unmodifiableMap(index);
    }

    /**
     * The routes, one per prefix.
     *
     * @return the routes
     */
    public @NonNull List<Route> routes() {
        return routes;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || obj instanceof RoutingTable other && routes.equals(other.routes);
    }

    @Override
    public int hashCode() {
        return routes.hashCode();
    }

    @Override
    public String toString() {
        return "RoutingTable" + routes;
    }

    /**
     * A table of routes; routes to the same prefix are merged, their next hops making ECMP.
     *
     * @param routes routes in any order
     * @return the table
     */
    public static @NonNull RoutingTable of(final @NonNull Collection<Route> routes) {
        final Map<Key, Route> index = new LinkedHashMap<>();
        for (Route route : routes) {
            final Key key = Key.of(route.prefix().getAddress(), route.length());
            final Route known = index.putIfAbsent(key, route);
            if (known != null) {
                final List<InetAddress> hops = new ArrayList<>(known.nextHops());
                hops.addAll(route.nextHops());
                index.put(key, new Route(known.prefix(), known.length(), hops));
            }
        }
        return new RoutingTable(new ArrayList<>(index.values()), new HashMap<>(index));
    }

    /**
     * This table and other routes, merged.
     *
     * @param more more routes
     * @return the merged table
     */
    public @NonNull RoutingTable with(final @NonNull Collection<Route> more) {
        final List<Route> all = new ArrayList<>(routes);
        all.addAll(more);
        return of(all);
    }

    /**
     * The route a router forwards an address by.
     *
     * @param address the address
     * @param longestPrefixMatch true for a longest-prefix match; false when only a host route (/32, /128) counts
     * @return the matching route, if any
     */
    public @NonNull Optional<Route> lookup(final @NonNull InetAddress address, final boolean longestPrefixMatch) {
        final byte[] octets = address.getAddress();
        final int bits = octets.length * 8;
        for (int length = bits; length >= (longestPrefixMatch ? 0 : bits); length--) {
            final Route route = index.get(Key.of(octets, length));
            if (route != null) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    static byte[] mask(final byte[] octets, final int length) {
        final byte[] masked = octets.clone();
        final int whole = length / 8;
        if (whole < masked.length) {
            masked[whole] &= (byte) (0xff00 >>> (length % 8));
            for (int i = whole + 1; i < masked.length; i++) {
                masked[i] = 0;
            }
        }
        return masked;
    }

    static InetAddress prefixAddress(final InetAddress address, final int length) {
        try {
            return InetAddress.getByAddress(mask(address.getAddress(), length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 octets are always an address", e);
        }
    }

}
