/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.TcpMd5Key;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against a real gobgpd configured with an {@code auth-password}: the
 * same key establishes the session and routes flow; another key or none gets no session, and the peer's status says
 * a key is configured. Needs Linux (the speaker signs through Netty's epoll transport) and gobgpd on the PATH.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GobgpTcpMd5IT {
    private static final String GOBGP_ADDRESS = "127.0.0.71";
    private static final String SPEAKER_ADDRESS = "127.0.0.70";
    private static final String KEY = "flowsteer-md5-it";
    private static final Set<BgpFamily> FAMILIES = EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV4_UNICAST);

    private Gobgp gobgp;

    @BeforeAll
    void startGobgp() throws IOException, InterruptedException {
        gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-md5", Gobgp.SPEAKER_AS, KEY);
    }

    @AfterAll
    void stopGobgp() {
        if (gobgp != null) {
            gobgp.close();
        }
    }

    private SpeakerUnderTest speaker(final String key) throws IOException {
        return new SpeakerUnderTest(InetAddress.getByName(SPEAKER_ADDRESS), Gobgp.SPEAKER_AS,
            InetAddress.getByName(GOBGP_ADDRESS), gobgp.bgpPort(), Gobgp.AS, FAMILIES,
            key == null ? null : new TcpMd5Key(key));
    }

    @Test
    void theSameKeyEstablishesTheSessionAndARouteArrives() throws Exception {
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            speaker.awaitEstablished();
            SpeakerUnderTest.await("gobgpd sees the session established",
                () -> cli("neighbor").contains("Establ"));
            gobgp.cli("global", "rib", "add", "-a", "ipv4", "10.70.0.0/24", "nexthop", "192.0.2.254");
            try {
                SpeakerUnderTest.await("unicast route received over the signed session",
                    () -> speaker.unicastAnnounced.stream().anyMatch(r -> r.toString().startsWith("10.70.0.0/24 ")));
            } finally {
                gobgp.cli("global", "rib", "del", "-a", "ipv4", "10.70.0.0/24");
            }
            assertEquals(1, speaker.establishedTransitions());
        }
        awaitGobgpIdle();
    }

    @Test
    void anotherKeyGetsNoSessionAndTheStatusSaysAKeyIsConfigured() throws Exception {
        assertNoSession("another-key", true);
    }

    @Test
    void noKeyGetsNoSession() throws Exception {
        assertNoSession(null, false);
    }

    private void assertNoSession(final String key, final boolean keyMentioned) throws Exception {
        try (SpeakerUnderTest speaker = speaker(key)) {
            // the speaker connects with a 2 s timeout and retries after 0.2 to 1 s: give it several attempts
            SpeakerUnderTest.await("a failed connect reported", Duration.ofSeconds(20),
                () -> speaker.status() != null && speaker.status().lastError() != null);
            Thread.sleep(6000);
            final PeerStatus status = speaker.status();
            assertNotNull(status);
            assertTrue(status.state() != BgpSessionState.ESTABLISHED, "no session: " + status.state());
            assertEquals(0, speaker.establishedTransitions());
            assertFalse(cli("neighbor").contains("Establ"), "gobgpd has no session either");
            if (keyMentioned) {
                assertTrue(status.lastError().contains("TCP-MD5 key is configured"), status.lastError());
            }
        }
    }

    @Test
    void theListenerDropsUnsignedConnectionsFromAPeerWithAKey() throws Exception {
        try (SpeakerUnderTest speaker = speaker(KEY)) {
            SpeakerUnderTest.await("the speaker listens", () -> speaker.speaker().boundAddress() != null
                && speaker.speaker().boundAddress().getPort() != 0);
            final InetSocketAddress listener = speaker.speaker().boundAddress();
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

    private void awaitGobgpIdle() throws InterruptedException {
        SpeakerUnderTest.await("gobgpd sees the session go down", () -> !cli("neighbor").contains("Establ"));
    }

    private String cli(final String... args) {
        try {
            return gobgp.cli(args);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
