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

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.it.Eventually;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Flowsteer's speaker against BIRD 2.0 (RFC 8955/8956 flowspec tables flow4/flow6): every FSv1 component as BIRD
 * decodes it and every community and unknown attribute byte for byte as BIRD keeps them
 * ({@code show route all table ...}), withdrawal, ROUTE-REFRESH from BIRD ({@code reload in}), a restart of
 * bird. bird runs on 127.0.0.30, Flowsteer on 127.0.0.31; no Karaf.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BirdFlowspecIT {
    private static final String V4 = "flowtab4";
    private static final String V6 = "flowtab6";
    private static final List<String> PATH = List.of("BGP.origin: IGP", "BGP.as_path: " + Bird.SPEAKER_AS,
        "BGP.local_pref: 100");
    /** What BIRD shows for each route: the flow line and the BGP attribute lines. */
    private static final Map<TestRoutes, List<String>> SHOWN = Map.of(
        TestRoutes.ipv4AllComponents(), shown("flow4 { dst 10.1.2.0/24; src 192.0.2.0/25; proto 6,17; "
            + "port 1024..2048; dport 80,443; sport > 1023; icmp type 8; icmp code 0; tcp flags 0x2/0x2 || 0x0/0x10; "
            + "length < 100; dscp 46; fragment !0x0/0x6; }",
            "BGP.ext_community: (generic, 0x8006fde8, 0x447a0000) (generic, 0x80070000, 0x3) "
            + "(generic, 0x8008fde8, 0x64) (generic, 0x80090000, 0xa)"),
        TestRoutes.ipv4Redirect(), shown("flow4 { dst 10.9.0.0/16; }",
            "BGP.ext_community: (unknown 0x10c, 192.0.2.1, 0)"),
        TestRoutes.ipv4RedirectCopy(), shown("flow4 { dst 10.10.0.0/16; }",
            "BGP.ext_community: (unknown 0x10c, 192.0.2.2, 1)"),
        TestRoutes.ipv4IndirectionId(), shown("flow4 { dst 10.11.0.0/16; }",
            "BGP.ext_community: (generic, 0x9000001, 0x2a)"),
        TestRoutes.ipv4RedirectGroup(), shown("flow4 { dst 10.12.0.0/16; }",
            "BGP.81 [t]: 00 01 00 00 00 21 80 00 00 01 00 00 fd e8 00 00 00 00 03 00 12 01 00 06 00 00 c0 00 02 07 "
            + "01 00 06 00 00 c0 00 02 08"),
        TestRoutes.ipv6AllComponents(), shown("flow6 { dst 2001:db8:1::/48; src 2001:db8:2::/64; next header 58; "
            + "port 53; dport 53; sport 5353; icmp type 128; icmp code 0; tcp flags !0x0/0x4; length > 1280; "
            + "dscp 10; fragment !!last_fragment; label 12345; }",
            "BGP.ext_community: (generic, 0x80060000, 0x0)",
            "BGP.19 [t]: 00 0c 20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01 00 00"),
        TestRoutes.ipv6RedirectCopy(), shown("flow6 { dst 2001:db8:9::/48; }",
            "BGP.19 [t]: 00 0c 20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02 00 01"));
    private static final List<TestRoutes> V4_ROUTES = List.of(TestRoutes.ipv4AllComponents(),
        TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy(), TestRoutes.ipv4IndirectionId(),
        TestRoutes.ipv4RedirectGroup());
    private static final List<TestRoutes> V6_ROUTES = List.of(TestRoutes.ipv6AllComponents(),
        TestRoutes.ipv6RedirectCopy());

    private Bird bird;
    private SpeakerUnderTest speaker;

    @BeforeAll
    void start() throws Exception {
        bird = Bird.start();
        speaker = new SpeakerUnderTest(InetAddress.getByName(Bird.SPEAKER_ADDRESS), Bird.SPEAKER_AS,
            InetAddress.getByName(Bird.ADDRESS), bird.port(), Bird.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC, BgpFamily.IPV4_FSV2, BgpFamily.IPV6_FSV2));
    }

    @AfterAll
    void stop() {
        if (speaker != null) {
            speaker.close();
        }
        if (bird != null) {
            bird.close();
        }
    }

    @Test
    @Order(1)
    void sessionReachesEstablishedOnBothSides() throws Exception {
        speaker.awaitEstablished();
        final NegotiatedSession negotiated = speaker.status().negotiated();
        // FSv2 (SAFI 245) is offered too; the peer does not know it, so it is not negotiated
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC), negotiated.families());
        assertEquals(Bird.AS, negotiated.remoteAs());
        assertTrue(negotiated.fourOctetAs() && negotiated.routeRefresh() && negotiated.gracefulRestart());
        final String protocol = bird.birdc("show protocols all", Bird.PROTOCOL);
        assertTrue(protocol.contains("BGP state:          Established"), protocol);
        assertTrue(protocol.contains("Neighbor ID:      " + Bird.SPEAKER_ADDRESS), protocol);
        assertTrue(protocol.contains("AF announced: flow4 flow6"), protocol);
    }

    @Test
    @Order(2)
    void advertisedRoutesShowEveryFieldAndUnknownAttributeBytesInBird() throws Exception {
        speaker.advertise(all());
        awaitShown(V4, V4_ROUTES);
        awaitShown(V6, V6_ROUTES);
        assertEquals(7, speaker.status().advertisedRoutes());
    }

    @Test
    @Order(3)
    void withdrawnRoutesAreGoneFromBird() throws Exception {
        speaker.advertise(List.of(TestRoutes.ipv4Redirect()));
        awaitShown(V4, List.of(TestRoutes.ipv4Redirect()));
        awaitShown(V6, List.of());
        speaker.advertise(List.of());
        awaitShown(V4, List.of());
        speaker.advertise(all());
        awaitShown(V4, V4_ROUTES);
        awaitShown(V6, V6_ROUTES);
    }

    @Test
    @Order(4)
    void routeRefreshFromBirdResendsTheAdjRibOut() throws Exception {
        final long refreshes = speaker.status().counters().routeRefreshesReceived();
        final long updates = speaker.status().counters().updatesSent();
        final long established = speaker.establishedTransitions();
        bird.birdc("reload in", Bird.PROTOCOL);
        SpeakerUnderTest.await("ROUTE-REFRESH from BIRD answered", () ->
            speaker.status().counters().routeRefreshesReceived() >= refreshes + 2
            && speaker.status().counters().updatesSent() > updates);
        assertEquals(established, speaker.establishedTransitions(), "no session reset");
        awaitShown(V4, V4_ROUTES);
        awaitShown(V6, V6_ROUTES);
    }

    @Test
    @Order(5)
    void restartedBirdRelearnsEverything() throws Exception {
        final long established = speaker.establishedTransitions();
        // a new bird process starts with empty tables: what it shows afterwards was learnt again
        bird.restart();
        SpeakerUnderTest.await("session re-established", Duration.ofSeconds(60), () ->
            speaker.establishedTransitions() > established && speaker.state() == BgpSessionState.ESTABLISHED);
        awaitShown(V4, V4_ROUTES);
        awaitShown(V6, V6_ROUTES);
    }

    @Test
    @Order(6)
    void unknownCommunitiesAndAttributesLeaveTheSessionUp() throws Exception {
        final long established = speaker.establishedTransitions();
        Thread.sleep(2000);
        assertEquals(BgpSessionState.ESTABLISHED, speaker.state());
        assertEquals(established, speaker.establishedTransitions());
        final String protocol = bird.birdc("show protocols all", Bird.PROTOCOL);
        assertTrue(protocol.contains("Routes:         5 imported"), protocol);
        assertTrue(protocol.contains("Routes:         2 imported"), protocol);
    }

    /** Every test route, and an FSv2 route that must stay unsent as the peer did not negotiate FSv2. */
    private static List<FlowspecRoute> all() {
        return List.of(TestRoutes.ipv4AllComponents().route(), TestRoutes.ipv4Redirect().route(),
            TestRoutes.ipv4RedirectCopy().route(), TestRoutes.ipv4IndirectionId().route(),
            TestRoutes.ipv4RedirectGroup().route(), TestRoutes.ipv6AllComponents().route(),
            TestRoutes.ipv6RedirectCopy().route(), TestRoutes.fsv2());
    }

    private void awaitShown(final String table, final List<TestRoutes> expected) throws Exception {
        final Map<String, List<String>> want = new HashMap<>();
        for (TestRoutes route : expected) {
            final List<String> lines = SHOWN.get(route);
            want.put(lines.get(0), lines.subList(1, lines.size()));
        }
        Eventually.await("BIRD table " + table + " " + want, SpeakerUnderTest.TIMEOUT, Duration.ofMillis(200),
            () -> table(table), want::equals);
    }

    /**
     * The routes of a table: each flow line (up to its closing brace) with the BGP attribute lines under it.
     */
    private Map<String, List<String>> table(final String table) throws IOException, InterruptedException {
        final Map<String, List<String>> out = new HashMap<>();
        List<String> attributes = null;
        for (String line : bird.birdc("show route all table", table).split("\n")) {
            if (line.startsWith("flow4 {") || line.startsWith("flow6 {")) {
                attributes = new ArrayList<>();
                out.put(line.substring(0, line.indexOf('}') + 1), attributes);
            } else if (attributes != null && line.strip().startsWith("BGP.")) {
                attributes.add(line.strip());
            }
        }
        return out;
    }

    private static List<String> shown(final String flow, final String... attributes) {
        final List<String> out = new ArrayList<>();
        out.add(flow);
        out.addAll(PATH);
        out.addAll(List.of(attributes));
        return out;
    }
}
