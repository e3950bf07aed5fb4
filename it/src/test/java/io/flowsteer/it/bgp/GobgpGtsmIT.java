/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PrefixLimits;
import io.flowsteer.api.spi.TtlSecurity;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * GTSM (RFC 5082) against real gobgpd daemons on loopback, where a segment arrives with the TTL it was sent with.
 * gobgpd with {@code ttl-security} ({@code ttl-min = 255}) and Flowsteer with {@code ttl-security-hops} 1 get a
 * session, whichever end connects; without GTSM Flowsteer sends with the system's TTL (64), which gobgpd drops.
 * And the other way round: gobgpd without GTSM sending with TTL 10 ({@code ebgp-multihop}) is dropped by
 * Flowsteer's GTSM, whose status then says what the router must do; 246 hops (a minimum TTL of 10) let it in.
 * Each test has a gobgpd of its own: on 127.0.0.85, 127.0.0.87 and 127.0.0.89, Flowsteer on the address below.
 */
class GobgpGtsmIT {
    private static final Set<BgpFamily> FAMILIES = EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV4_UNICAST);
    private static final String ROUTER_MUST = "GTSM is configured: the router must send with TTL 255 (ttl-security)";

    private static SpeakerUnderTest speaker(final String address, final String router, final int port,
            final boolean passive, final Integer hops) throws IOException {
        return new SpeakerUnderTest(InetAddress.getByName(address), Gobgp.SPEAKER_AS,
            new PeerConfig(InetAddress.getByName(router), port, Gobgp.AS, 30, FAMILIES, passive, PrefixLimits.DEFAULT,
                null, null, hops == null ? null : new TtlSecurity(hops)));
    }

    /**
     * One speaker's try against a gobgpd.
     *
     * @param hops the speaker's GTSM hops, or null for none
     * @param reason null when the session must come up, else what its status must say ("" for anything)
     */
    private record Attempt(Integer hops, String reason) {
        // a value
    }

    /**
     * Starts a gobgpd and makes the attempts against it in turn, each with a fresh speaker. A failed attempt comes
     * last: gobgpd was seen to keep its half of it in OpenConfirm, refusing every new connection, until its hold
     * timer expired.
     */
    private static void against(final String router, final String address, final String name,
            final Gobgp.Neighbor neighbor, final Attempt... attempts) throws Exception {
        try (Gobgp gobgp = Gobgp.start(router, address, name, Gobgp.SPEAKER_AS, neighbor)) {
            final BooleanSupplier up = SessionChecks.established(gobgp, address);
            for (Attempt attempt : attempts) {
                try (SpeakerUnderTest speaker = speaker(address, router, gobgp.port(), false, attempt.hops())) {
                    if (attempt.reason() == null) {
                        SessionChecks.assertEstablishedOnBothSides(speaker, "gobgpd", up);
                    } else {
                        SessionChecks.assertNoSession(speaker, "gobgpd", up, attempt.reason());
                    }
                }
                SessionChecks.awaitDown("gobgpd", up);
            }
        }
    }

    @Test
    void gtsmOnBothEndsEstablishes() throws Exception {
        against("127.0.0.85", "127.0.0.84", "gobgpd-gtsm", new Gobgp.Neighbor(null, 255, 0, 0),
            new Attempt(1, null));
    }

    @Test
    void withoutGtsmAGtsmRouterGetsNoSession() throws Exception {
        // gobgpd (ttl-min 255) connects to the passive speaker, which has no GTSM for it: the SYN-ACK leaves with
        // TTL 64 and gobgpd's kernel drops it, so no connection ever completes. (The other way round, gobgpd sets
        // its minimum only after accepting, and an OPEN that arrives first can slip through: not a test.)
        try (SpeakerUnderTest speaker = speaker("127.0.0.96", "127.0.0.97", 179, true, null)) {
            final int port = speaker.awaitListening().getPort();
            try (Gobgp gobgp = Gobgp.start("127.0.0.97", "127.0.0.96", "gobgpd-gtsm-refused", Gobgp.SPEAKER_AS,
                    new Gobgp.Neighbor(null, 255, 0, port))) {
                final BooleanSupplier up = SessionChecks.established(gobgp, "127.0.0.96");
                final long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < until) {
                    assertFalse(up.getAsBoolean(), "gobgpd has no session");
                    assertNotEquals(BgpSessionState.ESTABLISHED, speaker.state());
                    Thread.sleep(500);
                }
            }
        }
    }

    @Test
    void aRouterSendingWithTtl10IsDroppedUnlessTheHopsAllowIt() throws Exception {
        // a minimum TTL of 10 (256 - 246) lets the router in, one hop keeps the same router out: the TTL decides
        against("127.0.0.87", "127.0.0.86", "gobgpd-multihop", new Gobgp.Neighbor(null, 0, 10, 0),
            new Attempt(246, null), new Attempt(1, ROUTER_MUST));
    }

    @Test
    void aGtsmRouterConnectingToThePassiveSpeakerEstablishes() throws Exception {
        // the listener answers with TTL 255 while a peer has GTSM: gobgpd checks the TTL from its SYN-ACK on
        try (SpeakerUnderTest speaker = speaker("127.0.0.88", "127.0.0.89", 179, true, 1)) {
            final int port = speaker.awaitListening().getPort();
            try (Gobgp gobgp = Gobgp.start("127.0.0.89", "127.0.0.88", "gobgpd-gtsm-active", Gobgp.SPEAKER_AS,
                    new Gobgp.Neighbor(null, 255, 0, port))) {
                SessionChecks.assertEstablishedOnBothSides(speaker, "gobgpd", SessionChecks.established(gobgp,
                    "127.0.0.88"));
            }
        }
    }
}
