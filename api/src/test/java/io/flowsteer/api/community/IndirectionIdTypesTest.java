/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndirectionIdTypesTest {
    private final ExtendedCommunityCodec codec = new ExtendedCommunityCodec();

    @Test
    void theDraftTwelveIdTypesHaveTheirNames() {
        assertEquals(List.of("localised-id", "sr-mpls-node-id-index", "sr-mpls-node-id-label",
            "sr-mpls-binding-sid-index", "sr-mpls-binding-sid-label", "tunnel-id", "srv6-node-id",
            "srv6-binding-sid"), IntStream.range(0, 8).mapToObj(IndirectionIdTypes::name).toList());
        assertEquals("id-type 8", IndirectionIdTypes.name(8));
        assertEquals("id-type 255", IndirectionIdTypes.name(255));
        assertTrue(IndirectionIdTypes.named(IndirectionIdTypes.TUNNEL_ID));
        assertFalse(IndirectionIdTypes.named(8));
        assertThrows(IllegalArgumentException.class, () -> IndirectionIdTypes.name(256));
    }

    @Test
    void everyOneOctetIdTypeIsSentAsGivenAndReadBack() throws Exception {
        for (int idType = 0; idType <= 0xFF; idType++) {
            final var community = new RedirectToIndirectionId(3, true, idType, 0xFFFF_FFFEL);
            final ByteBuf wire = Unpooled.buffer();
            codec.encode(community, wire);
            assertEquals(idType, wire.getUnsignedByte(3), "ID-Type is the fourth octet");
            assertEquals(community, codec.decode(wire));
        }
    }
}
