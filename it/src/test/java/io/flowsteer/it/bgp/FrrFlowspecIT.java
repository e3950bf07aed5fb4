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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonStreamParser;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.it.Eventually;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Flowsteer's speaker against FRR's bgpd 8.4 (RFC 8955/8956 flowspec receiver): every FSv1 component and action
 * and redirect to IP as FRR itself decodes them ({@code show bgp ipv4|ipv6 flowspec detail json}), withdrawal,
 * ROUTE-REFRESH from FRR ({@code clear ... soft in}), a restart of bgpd, and communities and attributes FRR does
 * not know. bgpd runs without zebra on 127.0.0.20, Flowsteer on 127.0.0.21; no Karaf.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrrFlowspecIT {
    private static final String V4 = "ipv4";
    private static final String V6 = "ipv6";
    /** What FRR shows for each route: the "to" key and every other field of its detail JSON but the age. */
    private static final Map<TestRoutes, Map<String, String>> SHOWN = Map.of(
        TestRoutes.ipv4AllComponents(), fields("to", "10.1.2.0/24", "from", "192.0.2.0/25", "proto", "= 6 , = 17 ",
            "port", ">= 1024 , <= 2048 ", "dstp", "= 80 , = 443 ", "srcp", "> 1023 ", "type", "= 8 ",
            "code", "= 0 ", "tcp", "= 2,|∋ ! 16", "pktlen", "< 100 ", "dscp", "= 46 ", "pktfrag", "∋ 6",
            "ecomlist", "FS:rate 1000.000000 FS:action eval stops FS:redirect VRF RT:65000:100 FS:marking 10"),
        TestRoutes.ipv4Redirect(), fields("to", "10.9.0.0/16", "ecomlist", "NH:192.0.2.1:0"),
        TestRoutes.ipv4RedirectCopy(), fields("to", "10.10.0.0/16", "ecomlist", "NH:192.0.2.2:1"),
        TestRoutes.ipv4IndirectionId(), fields("to", "10.11.0.0/16", "ecomlist", "UNK:9, 0"),
        TestRoutes.ipv4RedirectGroup(), fields("to", "10.12.0.0/16"),
        TestRoutes.ipv6AllComponents(), fields("to", "2001:db8:1::/48/off 0", "from", "2001:db8:2::/64/off 0",
            "proto", "= 58 ", "port", "= 53 ", "dstp", "= 53 ", "srcp", "= 5353 ", "type", "= 128 ",
            "code", "= 0 ", "tcp", "∋ 4", "pktlen", "> 1280 ", "dscp", "= 10 ", "pktfrag", "∋ 8",
            "flwlbl", "= 12345 ", "ecomlist", "FS:rate 0.000000", "ecom6list", "UNK:0, 12"),
        TestRoutes.ipv6RedirectCopy(), fields("to", "2001:db8:9::/48/off 0", "ecom6list", "UNK:0, 12"));
    private static final List<TestRoutes> V4_ROUTES = List.of(TestRoutes.ipv4AllComponents(),
        TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy(), TestRoutes.ipv4IndirectionId(),
        TestRoutes.ipv4RedirectGroup());
    private static final List<TestRoutes> V6_ROUTES = List.of(TestRoutes.ipv6AllComponents(),
        TestRoutes.ipv6RedirectCopy());

    private Frr frr;
    private SpeakerUnderTest speaker;

    @BeforeAll
    void start() throws Exception {
        frr = Frr.start();
        speaker = new SpeakerUnderTest(InetAddress.getByName(Frr.SPEAKER_ADDRESS), Frr.SPEAKER_AS,
            InetAddress.getByName(Frr.ADDRESS), frr.port(), Frr.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC, BgpFamily.IPV4_FSV2, BgpFamily.IPV6_FSV2));
    }

    @AfterAll
    void stop() {
        if (speaker != null) {
            speaker.close();
        }
        if (frr != null) {
            frr.close();
        }
    }

    @Test
    @Order(1)
    void sessionReachesEstablishedOnBothSides() throws Exception {
        speaker.awaitEstablished();
        final NegotiatedSession negotiated = speaker.status().negotiated();
        // FSv2 (SAFI 245) is offered too; the peer does not know it, so it is not negotiated
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC), negotiated.families());
        assertEquals(Frr.AS, negotiated.remoteAs());
        assertTrue(negotiated.fourOctetAs() && negotiated.routeRefresh() && negotiated.extendedMessage());
        final JsonObject neighbor = JsonParser.parseString(frr.vtysh("show bgp neighbors " + Frr.SPEAKER_ADDRESS
            + " json")).getAsJsonObject().getAsJsonObject(Frr.SPEAKER_ADDRESS);
        assertEquals("Established", neighbor.get("bgpState").getAsString());
        assertEquals(Frr.SPEAKER_AS, neighbor.get("remoteAs").getAsLong());
        assertEquals(Frr.SPEAKER_ADDRESS, neighbor.get("remoteRouterId").getAsString());
    }

    @Test
    @Order(2)
    void advertisedRoutesShowEveryFieldInFrr() throws Exception {
        speaker.advertise(all());
        awaitShown(V4, V4_ROUTES);
        awaitShown(V6, V6_ROUTES);
        assertEquals(7, speaker.status().advertisedRoutes());
    }

    @Test
    @Order(3)
    void withdrawnRoutesAreGoneFromFrr() throws Exception {
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
    void routeRefreshFromFrrResendsTheAdjRibOut() throws Exception {
        final long refreshes = speaker.status().counters().routeRefreshesReceived();
        final long updates = speaker.status().counters().updatesSent();
        final long established = speaker.establishedTransitions();
        frr.vtysh("clear bgp ipv4 flowspec " + Frr.SPEAKER_ADDRESS + " soft in");
        SpeakerUnderTest.await("ROUTE-REFRESH from FRR answered", () ->
            speaker.status().counters().routeRefreshesReceived() > refreshes
            && speaker.status().counters().updatesSent() > updates);
        assertEquals(established, speaker.establishedTransitions(), "no session reset");
        awaitShown(V4, V4_ROUTES);
    }

    @Test
    @Order(5)
    void restartedFrrRelearnsEverything() throws Exception {
        final long established = speaker.establishedTransitions();
        // a new bgpd process starts with empty tables: what it shows afterwards was learnt again
        frr.restart();
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
        assertEquals(0, speaker.status().counters().notificationsReceived());
        assertEquals(V4_ROUTES.size(), frrPrefixesReceived("ipv4Flowspec"));
        assertEquals(V6_ROUTES.size(), frrPrefixesReceived("ipv6Flowspec"));
    }

    private int frrPrefixesReceived(final String family) throws IOException, InterruptedException {
        return JsonParser.parseString(frr.vtysh("show bgp neighbors " + Frr.SPEAKER_ADDRESS + " json"))
            .getAsJsonObject().getAsJsonObject(Frr.SPEAKER_ADDRESS).getAsJsonObject("addressFamilyInfo")
            .getAsJsonObject(family).get("acceptedPrefixCounter").getAsInt();
    }

    /** Every test route, and an FSv2 route that must stay unsent as the peer did not negotiate FSv2. */
    private static List<FlowspecRoute> all() {
        return List.of(TestRoutes.ipv4AllComponents().route(), TestRoutes.ipv4Redirect().route(),
            TestRoutes.ipv4RedirectCopy().route(), TestRoutes.ipv4IndirectionId().route(),
            TestRoutes.ipv4RedirectGroup().route(), TestRoutes.ipv6AllComponents().route(),
            TestRoutes.ipv6RedirectCopy().route(), TestRoutes.fsv2());
    }

    /**
     * Waits until FRR's flowspec table of a family holds exactly the given routes, each with exactly its fields.
     */
    private void awaitShown(final String family, final List<TestRoutes> expected) throws Exception {
        final Map<String, Map<String, String>> want = new HashMap<>();
        for (TestRoutes route : expected) {
            final Map<String, String> shown = SHOWN.get(route);
            want.put(shown.get("to"), shown);
        }
        Eventually.await("FRR " + family + " flowspec table " + want, SpeakerUnderTest.TIMEOUT, Duration.ofMillis(200),
            () -> shown(family), want::equals);
    }

    /**
     * FRR 8.4 prints one JSON array per route for {@code detail json}, not one document; each array holds
     * objects with the match fields, the communities and the age.
     */
    private Map<String, Map<String, String>> shown(final String family) throws IOException, InterruptedException {
        final Map<String, Map<String, String>> out = new HashMap<>();
        final String text;
        try {
            text = frr.vtysh("show bgp " + family + " flowspec detail json");
        } catch (IOException e) {
            return Map.of("vtysh failed", Map.of("error", e.getMessage()));
        }
        if (text.isBlank()) {
            return out;
        }
        final JsonStreamParser parser = new JsonStreamParser(text);
        while (parser.hasNext()) {
            final JsonElement route = parser.next();
            if (!route.isJsonArray()) {
                continue;
            }
            final Map<String, String> fields = new TreeMap<>();
            for (JsonElement part : route.getAsJsonArray()) {
                for (var field : part.getAsJsonObject().entrySet()) {
                    if (!"time".equals(field.getKey())) {
                        fields.put(field.getKey(), field.getValue().getAsString());
                    }
                }
            }
            out.put(fields.get("to"), fields);
        }
        return out;
    }

    private static Map<String, String> fields(final String... keysAndValues) {
        final Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
