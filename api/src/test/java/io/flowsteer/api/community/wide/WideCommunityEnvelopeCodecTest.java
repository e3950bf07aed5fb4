/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static io.flowsteer.api.community.Hex.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.error.EncodeException;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Byte-exact tests of {@link WideCommunityEnvelopeCodec}, hex derived by hand from
 * draft-ietf-idr-wide-bgp-communities section 2, with a made-up community value 0x80000077.
 */
class WideCommunityEnvelopeCodecTest {
    private static final String HEAD = "80000077 0000fde8 0000fde9";
    /** Target(s) TLV "aa", Parameter(s) TLV "0102", a TLV of type 4 "bbcc". */
    private static final String CONTENTS = HEAD + " 01 0001 aa 03 0002 0102 04 0002 bbcc";

    private final WideCommunityEnvelopeCodec codec = new WideCommunityEnvelopeCodec(0x80000077L, "test community",
        "(test section 9)");

    private static CommunityContainer container(final int flags, final String contents) {
        return new CommunityContainer(CommunityContainer.TYPE_WIDE_COMMUNITY, flags, Octets.fromHex(compact(contents)));
    }

    @Test
    void decodesFlagsAsesParametersAndTheOtherTlvs() throws WireFormatException {
        final WideCommunityEnvelope envelope = codec.decode(container(0x03, CONTENTS));
        assertTrue(envelope.confederationBit());
        assertTrue(envelope.transitivityBit());
        assertEquals(65000, envelope.sourceAs());
        assertEquals(65001, envelope.contextAs());
        assertEquals(Octets.fromHex("0102"), envelope.parameters());
        // 12 fixed octets, the 4-octet Target(s) TLV, the Parameter(s) TLV header
        assertEquals(12 + 4 + 3, envelope.parametersOffset());
        assertEquals(List.of(new WideCommunityTlv(1, Octets.fromHex("aa")), new WideCommunityTlv(4,
            Octets.fromHex("bbcc"))), envelope.otherTlvs());
    }

    @Test
    void encodesOtherTlvsAroundTheParametersByType() {
        final CommunityContainer encoded = codec.encode(new WideCommunityEnvelope(false, true, 65000, 65001,
            Octets.fromHex("0102"), 0, List.of(new WideCommunityTlv(4, Octets.fromHex("bbcc")),
                new WideCommunityTlv(1, Octets.fromHex("aa")))));
        assertEquals(container(0x01, CONTENTS), encoded);
    }

    @Test
    void recognisesOnlyItsOwnCommunityValueInAWideCommunity() {
        assertTrue(codec.carries(container(0, CONTENTS)));
        assertFalse(codec.carries(container(0, CONTENTS.replace("80000077", "80000078"))));
        assertFalse(codec.carries(new CommunityContainer(2, 0, Octets.fromHex(compact(CONTENTS)))));
        assertFalse(codec.carries(container(0, "800000")));
        assertEquals(0x80000077L, codec.communityValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'is not the test community (value 80000077)', '80000078 0000fde8 0000fde9 03 0000'",
        "'test community needs 12 octets before its TLVs, has 8', '80000077 0000fde8'",
        "'test community TLV header needs 3 octets, 2 left', '" + HEAD + " 03 0000 0100'",
        "'test community TLV 3 length 2 exceeds the 1 octets left', '" + HEAD + " 03 0002 01'",
        "'test community has 0 Parameter(s) TLVs, needs exactly 1 (test section 9)', '" + HEAD + " 01 0000'",
        "'test community has 2 Parameter(s) TLVs, needs exactly 1 (test section 9)', '" + HEAD + " 03 0000 03 0000'"
    })
    void malformedContentsAreTreatAsWithdrawNamingTheCommunity(final String message, final String contents) {
        final WireFormatException error = assertThrows(WireFormatException.class,
            () -> codec.decode(container(0, contents)));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, error.treatment());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void encodingRefusesASecondParametersTlvAndOversizedAses() {
        assertEquals("other-tlvs type 3 duplicates the Parameter(s) TLV", assertThrows(EncodeException.class,
            () -> codec.encode(new WideCommunityEnvelope(false, false, 0, 0, Octets.fromHex("00"), 0,
                List.of(new WideCommunityTlv(3, Octets.fromHex("00")))))).getMessage());
        assertEquals("source-as 4294967296 exceeds 32 bits", assertThrows(EncodeException.class,
            () -> codec.encode(new WideCommunityEnvelope(false, false, 1L << 32, 0, Octets.fromHex("00"), 0,
                List.of()))).getMessage());
    }
}
