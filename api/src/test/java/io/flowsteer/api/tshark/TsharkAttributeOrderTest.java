/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.tshark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Config;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 7606 section 5.1: the speaker's UPDATEs carry MP_REACH_NLRI as the very first path attribute, as tshark reads
 * them.
 */
class TsharkAttributeOrderTest {
    @Test
    void mpReachNlriIsTheFirstPathAttributeOfEveryAdvertisement() throws Exception {
        final UpdateMessageEncoder encoder = new UpdateMessageEncoder(new ExtendedCommunityCodec(), Fsv2Config.DEFAULT,
            UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);
        final Fsv1Nlri nlri = new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {(byte) 192, 0, 2, 0}, 24));
        for (SessionEncoding session : List.of(new SessionEncoding(65000, true, true, 4096),
                new SessionEncoding(65000, false, true, 4096),
                new SessionEncoding(4_200_000_001L, false, false, 4096))) {
            final byte[] update = encoder.advertise(BgpFamily.IPV4_FLOWSPEC,
                RouteAttributes.of(new TrafficRateBytes(0, 0f)), List.of(nlri), session).get(0);
            final Path file = Files.createTempFile("flowsteer-order", ".pcap");
            try {
                TsharkHarness.writePcap(file, update);
                final List<String> types = TsharkHarness.dissect(file).values("bgp.update.path_attribute.type_code");
                assertEquals("14", types.get(0), "attribute order " + types + " for " + session);
                assertEquals(session.internal() ? List.of("14", "1", "2", "5", "16")
                    : session.fourOctetAs() ? List.of("14", "1", "2", "16") : List.of("14", "1", "2", "16", "17"),
                    types);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
