/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpProtocolException;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.error.ErrorTreatment;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 7606 treatments of received attributes (sections 3 c, 4, 7.14, 7.15), each UPDATE also read by tshark: where
 * tshark locates the flowspec NLRI, Flowsteer locates the same one and withdraws it instead of resetting.
 */
class TsharkRfc7606ReceiveTest {
    private static final String ORIGIN_AS_PATH = "40010100" + "400200";
    /** MP_REACH_NLRI 1/133, next hop length 0, one NLRI: destination 16.0.0.0/8. */
    private static final String MP_REACH = "800e09000185000003010810";
    private static final String NLRI = "16.0.0.0/8";

    private final UpdateMessageCodec codec = new UpdateMessageCodec(new ExtendedCommunityCodec());

    @Test
    void zeroLengthExtendedCommunitiesAreTreatAsWithdraw() throws Exception {
        assertWithdrawn(MP_REACH + ORIGIN_AS_PATH + "c01000", "EXTENDED_COMMUNITIES of length 0");
    }

    @Test
    void zeroLengthIpv6ExtendedCommunitiesAreTreatAsWithdraw() throws Exception {
        assertWithdrawn(MP_REACH + ORIGIN_AS_PATH + "c01900", "of length 0");
    }

    @Test
    void extendedCommunitiesWithoutTheOptionalBitAreTreatAsWithdraw() throws Exception {
        assertWithdrawn(MP_REACH + ORIGIN_AS_PATH + "4010088006000000000000", "wrong flags");
    }

    @Test
    void mpReachNlriWithTheTransitiveBitIsReadAndTreatAsWithdraw() throws Exception {
        assertWithdrawn("c00e09000185000003010810" + ORIGIN_AS_PATH, "wrong flags");
    }

    @Test
    void mpUnreachNlriWithoutTheOptionalBitStillWithdraws() throws Exception {
        final UpdateMessage update = decode("000f0700018503010810");
        assertTrue(update.treatAsWithdraw());
        assertEquals(1, update.mpUnreach().flowspec().size());
    }

    @Test
    void anAttributeOverrunningTheListAfterMpReachIsTreatAsWithdraw() throws Exception {
        assertWithdrawn(MP_REACH + "40010100" + "400209", "overruns the attribute list");
    }

    @Test
    void aTruncatedAttributeHeaderAfterMpReachIsTreatAsWithdraw() throws Exception {
        assertWithdrawn(MP_REACH + ORIGIN_AS_PATH + "c0", "truncated path attribute header");
    }

    @Test
    void anOverrunWithNoNlriLocatedStillResetsTheSession() {
        assertEquals(1, assertThrows(BgpProtocolException.class, () -> decode("40010100" + "400209"))
            .toNotification().subcode());
        // the MP_REACH_NLRI itself overruns: its NLRIs cannot be located
        assertEquals(1, assertThrows(BgpProtocolException.class, () -> decode("40010100" + "800e20000185"))
            .toNotification().subcode());
    }

    private void assertWithdrawn(final String attributesHex, final String error) throws Exception {
        final UpdateMessage update = decode(attributesHex);
        assertTrue(update.treatAsWithdraw(), attributesHex);
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, update.errors().get(0).treatment());
        assertTrue(update.errors().get(0).getMessage().contains(error), update.errors().toString());
        assertNotNull(update.mpReach());
        assertEquals(1, update.mpReach().flowspec().size());
        // tshark locates the same NLRI in the same UPDATE
        final TsharkHarness.Dissection dissection = TsharkHarness.dissectUpdate(
            HexFormat.of().parseHex(attributesHex));
        assertEquals(List.of(NLRI), dissection.values("bgp.flowspec_nlri.dst_prefix_filter").stream()
            .map(prefix -> prefix.contains("/") ? prefix : prefix + "/8").toList(), dissection.pdml());
    }

    private UpdateMessage decode(final String attributesHex) throws BgpProtocolException {
        final byte[] attributes = HexFormat.of().parseHex(attributesHex);
        return codec.decode(Unpooled.buffer().writeShort(0).writeShort(attributes.length).writeBytes(attributes),
            true);
    }
}
