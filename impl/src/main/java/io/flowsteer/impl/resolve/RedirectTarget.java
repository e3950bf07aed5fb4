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
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How a router forwards towards one redirect address (draft-ietf-idr-flowspec-redirect-ip section 2.2):
 * longest-prefix match in the routing instance, then the equal best paths of the matching route.
 *
 * @param address the redirect address
 * @param nextHops the next hops used, empty when the address does not resolve
 * @param failure why it does not resolve, or null
 */
record RedirectTarget(@NonNull InetAddress address, @NonNull List<InetAddress> nextHops, @Nullable String failure) {
    RedirectTarget {
        requireNonNull(address);
        nextHops = List.copyOf(nextHops);
    }

    /**
     * Resolves an address in a table as a router with these capabilities would.
     *
     * @param capabilities the router's capabilities
     * @param table the table, null when the routing instance does not exist
     * @param address the address
     * @param where the table's name in messages, e.g. {@code the global table} or {@code VRF blue}
     * @return the resolution
     */
    static @NonNull RedirectTarget resolve(final @NonNull Capabilities capabilities, final @Nullable RoutingTable table,
            final @NonNull InetAddress address, final @NonNull String where) {
        final Optional<RoutingTable.Route> route = table == null ? Optional.empty()
            : table.lookup(address, capabilities.longestPrefixMatch());
        if (route.isEmpty()) {
            return new RedirectTarget(address, List.of(), AddressText.text(address) + " has no route in " + where
                + (capabilities.longestPrefixMatch() ? "" : " (the router resolves host routes only, no longest-prefix"
                    + " match)"));
        }
        final List<InetAddress> hops = route.orElseThrow().nextHops();
        return new RedirectTarget(address, capabilities.bestPathEcmp() ? hops : hops.subList(0, 1), null);
    }

    boolean resolved() {
        return failure == null;
    }

    /**
     * The target in an effective action.
     *
     * @return e.g. {@code 192.0.2.1 via ECMP {10.0.0.1, 10.0.0.2}}
     */
    @NonNull String describe() {
        return AddressText.text(address) + " via " + hops();
    }

    @NonNull String hops() {
        return nextHops.size() == 1 ? AddressText.text(nextHops.get(0)) : "ECMP " + AddressText.set(nextHops);
    }
}
