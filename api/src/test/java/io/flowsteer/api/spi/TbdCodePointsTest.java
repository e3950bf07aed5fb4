/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.wire.Fsv2Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TbdCodePointsTest {
    @Test
    void theDefaultsAreTheDocumentedOnes() {
        final TbdCodePoints defaults = TbdCodePoints.DEFAULT;
        assertEquals(Fsv2Config.DEFAULT, defaults.fsv2());
        assertEquals(new ExtendedCommunityCodePoints(0x09, 0x00, 0xf0), defaults.extendedCommunities());
        assertEquals(0x80000001L, defaults.redirectGroupCommunity());
        assertEquals(0x80000002L, defaults.fsv2ActionCommunity());
        assertEquals(0xfff0, defaults.srSegmentListActionSubType());
        assertEquals(0x80000001L, defaults.redirectGroupCodec().communityValue());
        assertEquals(0xfff0, defaults.fsv2ActionCodec().srSegmentListCodec().subType());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x06, 0x07, 0x08, 0x09, 0x0c, 0x0d})
    void anAcoSubTypeTakenUnderType0x80IsRefusedNamingTheLeaf(final int subType) {
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> withExtended(new ExtendedCommunityCodePoints(0x09, 0x00, subType)));
        assertTrue(error.getMessage().startsWith("action-chain-ordering-sub-type: "), error.getMessage());
    }

    @Test
    void anIndirectionIdOnAFixedCommunityOrOnTheAcoIsRefusedNamingTheLeaf() {
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> withExtended(new ExtendedCommunityCodePoints(0x80, 0x06, 0xf0))).getMessage()
            .startsWith("indirection-id-type: type 0x80 with indirection-id-sub-type 0x06 is traffic-rate-bytes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> withExtended(new ExtendedCommunityCodePoints(0x80, 0x41, 0x41))).getMessage()
            .endsWith("is the action-chain-ordering-sub-type"));
    }

    @Test
    void freeCodePointsAreAccepted() {
        assertNull(ExtendedCommunityCodec.fixedCommunityAt(0x80, 0xf0));
        assertEquals(0x47, withExtended(new ExtendedCommunityCodePoints(0x47, 0x11, 0x41)).extendedCommunities()
            .indirectionIdType());
    }

    @Test
    void collidingSafisAndWideCommunitiesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> TbdCodePoints.DEFAULT.withFsv2(new Fsv2Config(256, 133, 246))).getMessage()
            .startsWith("fsv2-safi: 133"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> TbdCodePoints.DEFAULT.withFsv2(new Fsv2Config(256, 245, 245))).getMessage()
            .startsWith("fsv2-vpn-safi: 245"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TbdCodePoints(Fsv2Config.DEFAULT,
            ExtendedCommunityCodePoints.DEFAULT, 7, 7, 1)).getMessage().startsWith("fsv2-action-community"));
    }

    private static TbdCodePoints withExtended(final ExtendedCommunityCodePoints extended) {
        return new TbdCodePoints(Fsv2Config.DEFAULT, extended, 0x80000001L, 0x80000002L, 0xfff0);
    }
}
