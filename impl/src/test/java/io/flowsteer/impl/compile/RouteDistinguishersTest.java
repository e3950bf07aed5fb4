/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.api.wire.RouteDistinguisher;
import org.junit.jupiter.api.Test;

class RouteDistinguishersTest {
    @Test
    void parsesTheThreeTextFormsOfRfc4364Section42() {
        assertEquals(new RouteDistinguisher(0x0000_fde8_0000_0064L), RouteDistinguishers.parse("65000:100"));
        assertEquals(new RouteDistinguisher(0x0001_c000_0201_0007L), RouteDistinguishers.parse("192.0.2.1:7"));
        assertEquals(new RouteDistinguisher(0x0002_0001_0000_0009L), RouteDistinguishers.parse("65536L:9"));
    }

    @Test
    void anIpv4MappedIpv6AddressIsNoIpv4Administrator() {
        // IpAddressText reads text with a colon as IPv6; a type 1 administrator is an IPv4 address
        assertNull(RouteDistinguishers.parse("::ffff:192.0.2.1:7"));
        assertNull(RouteDistinguishers.parse("192.0.2.1:65536"));
        assertNull(RouteDistinguishers.parse("192.0.02.1:7"));
    }
}
