/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Routers.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
    private static RoutingTable.Route route(final String prefix, final int length, final String... hops) {
        return new RoutingTable.Route(address(prefix), length, List.of(hops).stream().map(Routers::address)
            .toList());
    }

    private final RoutingTable table = RoutingTable.of(List.of(
        route("0.0.0.0", 0, "10.0.0.254"),
        route("198.51.100.0", 23, "10.0.0.23"),
        route("198.51.101.128", 25, "10.0.0.25"),
        route("198.51.101.128", 25, "10.0.0.26"),
        route("2001:db8::", 33, "2001:db8:ffff::33")));

    @Test
    void longestMatchingPrefixWinsAtEveryLengthIncludingNonOctetOnes() {
        assertEquals(23, table.lookup(address("198.51.101.127"), true).orElseThrow().length());
        assertEquals(25, table.lookup(address("198.51.101.200"), true).orElseThrow().length());
        assertEquals(0, table.lookup(address("198.51.102.1"), true).orElseThrow().length());
        assertEquals(33, table.lookup(address("2001:db8:7fff::1"), true).orElseThrow().length());
        assertTrue(table.lookup(address("2001:db8:8000::1"), true).isEmpty(), "bit 33 set: outside the /33");
    }

    @Test
    void routesToOnePrefixMergeTheirNextHopsInAddressOrder() {
        assertEquals(List.of(address("10.0.0.25"), address("10.0.0.26")),
            table.lookup(address("198.51.101.129"), true).orElseThrow().nextHops());
        assertEquals(4, table.routes().size());
    }

    @Test
    void withoutLongestPrefixMatchOnlyAHostRouteMatches() {
        assertTrue(table.lookup(address("198.51.101.129"), false).isEmpty());
        final RoutingTable host = table.with(List.of(route("198.51.101.129", 32, "10.0.0.32")));
        assertEquals(32, host.lookup(address("198.51.101.129"), false).orElseThrow().length());
    }
}
