/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * What an indirection-id entry steers traffic onto (draft-ietf-idr-flowspec-path-redirect section 5): next-hops,
 * an SR-MPLS or SRv6 binding SID, an SR Policy (RFC 9256 section 2.1) or a named tunnel.
 */
public sealed interface IndirectionTarget {
    /**
     * One or more next-hop addresses; several give ECMP. Kept sorted, so two equal sets compare equal.
     *
     * @param addresses next-hop addresses, at least one
     */
    record NextHops(List<InetAddress> addresses) implements IndirectionTarget {
        /**
         * Copies, de-duplicates and sorts the addresses (IPv4 before IPv6, then by bytes).
         */
        public NextHops {
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("at least one next-hop is needed");
            }
            addresses = addresses.stream().distinct().sorted(NextHops::compare).toList();
        }

        /** As status reports show it, for example {@code next-hop 192.0.2.1, 192.0.2.2}. */
        @Override
        public String toString() {
            return "next-hop " + String.join(", ", addresses.stream().map(InetAddress::getHostAddress).toList());
        }

        private static int compare(final InetAddress first, final InetAddress second) {
            final byte[] one = first.getAddress();
            final byte[] two = second.getAddress();
            return one.length != two.length ? Integer.compare(one.length, two.length)
                : Arrays.compareUnsigned(one, two);
        }
    }

    /**
     * An SR-MPLS binding SID, as a 20-bit label.
     *
     * @param label label value, 16..1048575
     */
    record MplsBindingSid(long label) implements IndirectionTarget {
        /**
         * Checks the label range.
         */
        public MplsBindingSid {
            if (label < 16 || label > 1_048_575) {
                throw new IllegalArgumentException("MPLS label " + label + " is outside 16..1048575");
            }
        }

        /** As status reports show it, for example {@code mpls-binding-sid 24001}. */
        @Override
        public String toString() {
            return "mpls-binding-sid " + label;
        }
    }

    /**
     * An SRv6 binding SID.
     *
     * @param sid the SID
     */
    record Srv6BindingSid(Inet6Address sid) implements IndirectionTarget {
        /**
         * Checks the SID is present.
         */
        public Srv6BindingSid {
            requireNonNull(sid);
        }

        /** As status reports show it, for example {@code srv6-binding-sid 2001:db8::1}. */
        @Override
        public String toString() {
            return "srv6-binding-sid " + sid.getHostAddress();
        }
    }

    /**
     * An SR Policy of the router, by color and endpoint (RFC 9256 section 2.1).
     *
     * @param color color, 32-bit unsigned
     * @param endpoint endpoint address
     */
    record SrPolicy(long color, InetAddress endpoint) implements IndirectionTarget {
        /**
         * Checks the color range.
         */
        public SrPolicy {
            if (color < 0 || color > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("color " + color + " is not a 32-bit unsigned value");
            }
            requireNonNull(endpoint);
        }

        /** As status reports show it, for example {@code sr-policy color 5 endpoint 192.0.2.9}. */
        @Override
        public String toString() {
            return "sr-policy color " + color + " endpoint " + endpoint.getHostAddress();
        }
    }

    /**
     * A tunnel configured on the router, by name. Which names a router accepts is the router's business.
     *
     * @param name tunnel name
     */
    record Tunnel(String name) implements IndirectionTarget {
        /**
         * Checks the name is not empty.
         */
        public Tunnel {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("tunnel name must not be empty");
            }
        }

        /** As status reports show it, for example {@code tunnel te-1}. */
        @Override
        public String toString() {
            return "tunnel " + name;
        }
    }
}
