/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.bytes.Octets;
import org.junit.jupiter.api.Test;

/**
 * A NOTIFICATION reads as its code and subcode names, its data in hex and what the data holds.
 */
class NotificationTextTest {
    @Test
    void anUpdateErrorNamesTheAttributeItQuotes() {
        // extended length MP_REACH_NLRI of 0x1c octets, AFI 2 SAFI 133, as FRR quotes it
        assertEquals("NOTIFICATION 3/9 (UPDATE Message Error, Optional Attribute Error), data 900e001c00028500: "
            + "attribute MP_REACH_NLRI (14), 28 octets, AFI 2 SAFI 133",
            NotificationText.describe(new NotificationMessage(3, 9, Octets.fromHex("900e001c00028500"))));
        assertEquals("NOTIFICATION 3/5 (UPDATE Message Error, Attribute Length Error), data c01000: attribute "
            + "EXTENDED_COMMUNITIES (16), 0 octets",
            NotificationText.describe(new NotificationMessage(3, 5, Octets.fromHex("c01000"))));
    }

    @Test
    void aShutdownCommunicationIsQuoted() {
        assertEquals("NOTIFICATION 6/2 (Cease, Administrative Shutdown), data 026869: \"hi\"",
            NotificationText.describe(new NotificationMessage(6, 2, Octets.fromHex("026869"))));
    }

    @Test
    void unknownCodesAndShortDataStayNumbers() {
        assertEquals("NOTIFICATION 9/1", NotificationText.describe(NotificationMessage.of(9, 1)));
        assertEquals("NOTIFICATION 3/42 (UPDATE Message Error), data 01",
            NotificationText.describe(new NotificationMessage(3, 42, Octets.fromHex("01"))));
        assertEquals("NOTIFICATION 4/0 (Hold Timer Expired)", NotificationText.describe(NotificationMessage.of(4, 0)));
    }
}
