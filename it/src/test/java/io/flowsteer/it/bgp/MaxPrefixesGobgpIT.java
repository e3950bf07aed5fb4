/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.api.spi.PrefixLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * gobgpd sends Flowsteer more flowspec routes than the peer's max-prefixes allows: Flowsteer closes the session with
 * NOTIFICATION Cease / Maximum Number of Prefixes Reached (RFC 4486 section 4), which gobgpd receives, and tries it
 * again only after restart-after. gobgpd runs on 127.0.0.51, Flowsteer's speaker on 127.0.0.50; no Karaf.
 */
class MaxPrefixesGobgpIT {
    private static final String ADDRESS = "127.0.0.51";
    private static final String SPEAKER_ADDRESS = "127.0.0.50";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void morePrefixesThanAllowedCloseTheSessionWithCeaseOneAndItIsTriedAgainAfterRestartAfter() throws Exception {
        try (Gobgp gobgp = Gobgp.start(ADDRESS, SPEAKER_ADDRESS, "gobgpd-max-prefixes");
                SpeakerUnderTest speaker = new SpeakerUnderTest(InetAddress.getByName(SPEAKER_ADDRESS),
                    Gobgp.SPEAKER_AS, InetAddress.getByName(ADDRESS), gobgp.bgpPort(), Gobgp.AS,
                    Set.of(BgpFamily.IPV4_FLOWSPEC))) {
            speaker.speaker().putPeer(new PeerConfig(speaker.peer(), gobgp.bgpPort(), Gobgp.AS, 30,
                Set.of(BgpFamily.IPV4_FLOWSPEC), false, new PrefixLimits(5, 1_000_000, true, 5)));
            await("established", () -> speaker.state() == BgpSessionState.ESTABLISHED);
            for (int i = 0; i < 5; i++) {
                gobgp.cli("global", "rib", "add", "-a", "ipv4-flowspec", "match", "destination",
                    "10.77." + i + ".0/24", "then", "discard");
            }
            await("five routes held", () -> speaker.status().receivedFlowspec() == 5);
            assertEquals(BgpSessionState.ESTABLISHED, speaker.state(), "five are allowed");

            gobgp.cli("global", "rib", "add", "-a", "ipv4-flowspec", "match", "destination", "10.77.5.0/24", "then",
                "discard");
            await("closed for the sixth", () -> speaker.status().overLimit() != null
                && speaker.state() != BgpSessionState.ESTABLISHED);
            final Instant closed = Instant.now();
            final PeerStatus status = speaker.status();
            assertEquals(new PrefixLimitExceeded("flowspec", BgpFamily.IPV4_FLOWSPEC, 6, 5, true),
                status.overLimit());
            assertTrue(status.lastError().contains("6 flowspec routes, more than the 5 allowed"), status.lastError());
            await("gobgpd received the NOTIFICATION", () -> notificationsReceivedByGobgp(gobgp) >= 1);

            // tried again after restart-after (5 s), and closed again since gobgpd still has six routes
            final long transitions = status.counters().establishedTransitions();
            final long resets = status.counters().sessionResets();
            await("established again", () -> speaker.status().counters().establishedTransitions() > transitions);
            assertTrue(Duration.between(closed, Instant.now()).toMillis() >= 4_000,
                "not before restart-after: " + Duration.between(closed, Instant.now()));
            await("closed again", () -> speaker.status().counters().sessionResets() > resets);
        }
    }

    private static long notificationsReceivedByGobgp(final Gobgp gobgp) {
        final String json;
        try {
            json = gobgp.cli("neighbor", SPEAKER_ADDRESS, "-j");
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        JsonObject node = JsonParser.parseString(json).getAsJsonObject();
        for (String key : new String[] {"state", "messages", "received"}) {
            if (!node.has(key)) {
                return 0;
            }
            node = node.getAsJsonObject(key);
        }
        return node.has("notification") ? node.get("notification").getAsLong() : 0;
    }

    private static void await(final String what, final BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
