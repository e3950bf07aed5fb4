/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against a real gobgpd configured with an {@code auth-password}, on
 * 127.0.0.71 (Flowsteer on 127.0.0.70): besides the checks of {@link TcpMd5Interop}, routes flow over the signed
 * session and the speaker's listener drops unsigned SYNs from the keyed peer. Needs Linux (the speaker signs through
 * Netty's epoll transport) and gobgpd on the PATH.
 */
class GobgpTcpMd5IT extends TcpMd5Interop<Gobgp> {
    private static final String GOBGP_ADDRESS = "127.0.0.71";

    GobgpTcpMd5IT() {
        super(new Ends("127.0.0.70", Gobgp.SPEAKER_AS, GOBGP_ADDRESS, Gobgp.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV4_UNICAST)),
            (address, speaker) -> Gobgp.start(address, speaker, "gobgpd-md5", Gobgp.SPEAKER_AS, KEY));
    }

    @Test
    void aRouteArrivesOverTheSignedSession() throws Exception {
        final Gobgp gobgp = daemon();
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            SessionChecks.assertEstablishedOnBothSides(speaker, "gobgpd", daemonEstablished());
            gobgp.cli("global", "rib", "add", "-a", "ipv4", "10.70.0.0/24", "nexthop", "192.0.2.254");
            try {
                SpeakerUnderTest.await("unicast route received over the signed session",
                    () -> speaker.unicastAnnounced.stream().anyMatch(r -> r.toString().startsWith("10.70.0.0/24 ")));
            } finally {
                gobgp.cli("global", "rib", "del", "-a", "ipv4", "10.70.0.0/24");
            }
            assertEquals(1, speaker.establishedTransitions());
        }
        SessionChecks.awaitDown("gobgpd", daemonEstablished());
    }

    @Test
    void theListenerDropsUnsignedConnectionsFromAPeerWithAKey() throws Exception {
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            final InetSocketAddress listener = speaker.awaitListening();
            // the kernel answers no SYN that lacks the signature the peer's key asks for (RFC 2385 section 2.0)
            try (Socket unsigned = new Socket()) {
                unsigned.bind(new InetSocketAddress(InetAddress.getByName(GOBGP_ADDRESS), 0));
                assertThrows(SocketTimeoutException.class, () -> unsigned.connect(listener, 2000));
            }
            // an address without a key still reaches the listener (and is refused by BGP, not by TCP)
            try (Socket other = new Socket()) {
                other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.72"), 0));
                other.connect(listener, 2000);
                assertTrue(other.isConnected());
            }
        }
    }
}
