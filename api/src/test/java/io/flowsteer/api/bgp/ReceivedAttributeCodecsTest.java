/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.fsv2.Fsv2ActionCommunity;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.fsv2.UnknownFsv2Action;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of the codecs that read path attributes the UPDATE codec keeps undecoded: {@link OriginatorIdCodec}
 * (RFC 4456 section 7), {@link CommunityContainerAttributeCodec} (draft-ietf-idr-wide-bgp-communities section 2)
 * and the AS numbers of an AS_PATH ({@link AsPathSegment#asNumbers(List)}, RFC 4271 section 4.3).
 */
class ReceivedAttributeCodecsTest {
    private static final int OPTIONAL = PathAttributeType.FLAG_OPTIONAL;
    private static final int OPTIONAL_TRANSITIVE = OPTIONAL | PathAttributeType.FLAG_TRANSITIVE;

    private final Fsv2ActionContainerCodec fsv2Codec = new Fsv2ActionContainerCodec();

    private static RouteAttributes others(final RawAttribute... attributes) {
        return new RouteAttributes(List.of(), List.of(), List.of(attributes));
    }

    @Test
    void originatorIdIsTheFirstFourOctetAttributeNine() throws UnknownHostException {
        assertEquals(InetAddress.getByName("192.0.2.9"), OriginatorIdCodec.decode(others(
            new RawAttribute(OPTIONAL, 8, Octets.fromHex("c0000208")),
            new RawAttribute(OPTIONAL, PathAttributeType.ORIGINATOR_ID, Octets.fromHex("c0000209")),
            new RawAttribute(OPTIONAL, PathAttributeType.ORIGINATOR_ID, Octets.fromHex("c000020a")))));
    }

    @Test
    void originatorIdOfAnotherLengthOrAbsentIsNone() {
        assertNull(OriginatorIdCodec.decode(RouteAttributes.EMPTY));
        assertNull(OriginatorIdCodec.decode(others(
            new RawAttribute(OPTIONAL, PathAttributeType.ORIGINATOR_ID, Octets.fromHex("c00002")))));
    }

    @Test
    void fsv2ActionsComeFromEveryCommunityContainerAttribute() throws WireFormatException {
        final Fsv2ActionCommunity first = Fsv2ActionCommunity.of(List.of(new UnknownFsv2Action(1,
            Octets.fromHex("aa"))));
        final Fsv2ActionCommunity second = Fsv2ActionCommunity.of(List.of(new UnknownFsv2Action(2,
            Octets.fromHex("bbcc"))));
        assertEquals(List.of(first, second), CommunityContainerAttributeCodec.decodeFsv2Actions(others(
            container(first), new RawAttribute(OPTIONAL_TRANSITIVE, 8, Octets.fromHex("00010002")),
            container(second)), fsv2Codec));
        assertEquals(List.of(), CommunityContainerAttributeCodec.decodeFsv2Actions(RouteAttributes.EMPTY,
            fsv2Codec));
    }

    @Test
    void aTruncatedContainerIsTreatAsWithdraw() {
        final Octets whole = container(Fsv2ActionCommunity.of(List.of(new UnknownFsv2Action(1,
            Octets.fromHex("aa"))))).value();
        final RawAttribute truncated = new RawAttribute(OPTIONAL_TRANSITIVE, CommunityContainerCodec.ATTRIBUTE_TYPE,
            Octets.copyOf(Arrays.copyOf(whole.toByteArray(), whole.length() - 1)));
        assertEquals(ErrorTreatment.TREAT_AS_WITHDRAW, assertThrows(WireFormatException.class,
            () -> CommunityContainerAttributeCodec.decodeFsv2Actions(others(truncated), fsv2Codec)).treatment());
    }

    @Test
    void asNumbersKeepSequencesAndSetsLeavingOutConfederations() {
        assertEquals(List.of(65001L, 65002L, 65003L, 65004L), AsPathSegment.asNumbers(List.of(
            new AsPathSegment(AsPathSegment.AS_SEQUENCE, List.of(65001L, 65002L)),
            new AsPathSegment(3, List.of(64512L)),
            new AsPathSegment(AsPathSegment.AS_SET, List.of(65003L, 65004L)),
            new AsPathSegment(4, List.of(64513L)))));
        assertEquals(List.of(), AsPathSegment.asNumbers(null));
    }

    private RawAttribute container(final Fsv2ActionCommunity community) {
        final ByteBuf out = Unpooled.buffer();
        fsv2Codec.encode(community, out);
        return new RawAttribute(OPTIONAL_TRANSITIVE, CommunityContainerCodec.ATTRIBUTE_TYPE,
            Octets.read(out, out.readableBytes()));
    }
}
