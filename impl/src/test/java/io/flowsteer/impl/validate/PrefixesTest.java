/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Host bits in prefixes (RFC 4632 section 3.1), in both families.
 */
class PrefixesTest {
    @Test
    void prefixesWithoutHostBitsPass() {
        assertNull(Prefixes.hostBits("192.0.2.0/24"));
        assertNull(Prefixes.hostBits("192.0.2.1/32"));
        assertNull(Prefixes.hostBits("0.0.0.0/0"));
        assertNull(Prefixes.hostBits("2001:db8::/32"));
    }

    @Test
    void hostBitsAreNamedWithThePrefixMeant() {
        assertEquals("192.0.2.1/24 has bits set after its first 24; did you mean 192.0.2.0/24?",
            Prefixes.hostBits("192.0.2.1/24"));
        assertEquals("10.1.2.3/9 has bits set after its first 9; did you mean 10.0.0.0/9?",
            Prefixes.hostBits("10.1.2.3/9"));
        assertEquals("2001:db8::1/64 has bits set after its first 64; did you mean 2001:db8::/64?",
            Prefixes.hostBits("2001:db8::1/64"));
    }

    @Test
    void somethingThatIsNoPrefixIsSaidSo() {
        assertEquals("192.0.2.0 is not a prefix", Prefixes.hostBits("192.0.2.0"));
    }
}
