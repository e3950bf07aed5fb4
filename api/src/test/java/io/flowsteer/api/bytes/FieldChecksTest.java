/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.error.EncodeException;
import org.junit.jupiter.api.Test;

class FieldChecksTest {
    @Test
    void unsignedAcceptsTheWidestValueOfTheField() {
        assertEquals(0xffffL, FieldChecks.unsigned("as-number", 0xffffL, 16));
        assertEquals(0x3f, FieldChecks.unsigned("dscp", 0x3f, 6));
        assertEquals(0, FieldChecks.unsigned("dscp", 0, 6));
    }

    @Test
    void unsignedRefusesOneMoreThanTheFieldCarriesNamingTheField() {
        final EncodeException error = assertThrows(EncodeException.class,
            () -> FieldChecks.unsigned("fsv2 user order", 1L << 32, 32));
        assertEquals("fsv2 user order 4294967296 exceeds 32 bits", error.getMessage());
    }

    @Test
    void unsignedRefusesNegativeValuesNamingTheField() {
        final EncodeException error = assertThrows(EncodeException.class,
            () -> FieldChecks.unsigned("fsv2 safi", -1, 8));
        assertEquals("fsv2 safi -1 is negative", error.getMessage());
    }

    @Test
    void rangeRefusesValuesOutsideTheClosedRange() {
        assertEquals(3, FieldChecks.range("weight", 3, 1, 3));
        assertThrows(EncodeException.class, () -> FieldChecks.range("weight", 0, 1, 3));
        assertThrows(EncodeException.class, () -> FieldChecks.range("weight", 4, 1, 3));
    }
}
