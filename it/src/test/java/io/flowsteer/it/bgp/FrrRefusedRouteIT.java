/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonStreamParser;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.RefusedRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FRR 8.4 as a router that refuses rules it cannot parse: it answers a flowspec NLRI with an IPv6 prefix offset,
 * and one with a {@code !=} numeric term, with NOTIFICATION 3/9 and closes the session. Flowsteer's speaker finds
 * the refused route by halving within 30 s and log2(routes) + 2 resets, holds it back with FRR's NOTIFICATION,
 * and FRR keeps every other route (read from FRR itself). bgpd runs on 127.0.0.50, Flowsteer on 127.0.0.51; no
 * Karaf.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrrRefusedRouteIT {
    private static final String ADDRESS = "127.0.0.50";
    private static final String SPEAKER_ADDRESS = "127.0.0.51";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final int GOOD_V4 = 16;
    private static final int GOOD_V6 = 4;

    private Frr frr;
    private SpeakerUnderTest speaker;
    private final List<FlowspecRoute> routes = new ArrayList<>();
    /** What FRR shows as "to" for each route. */
    private final Map<FlowspecRoute, String> shownAs = new HashMap<>();
    private FlowspecRoute offset;

    @BeforeAll
    void start() throws Exception {
        frr = Frr.start(ADDRESS, SPEAKER_ADDRESS, "frr-refused");
        speaker = new SpeakerUnderTest(InetAddress.getByName(SPEAKER_ADDRESS), Frr.SPEAKER_AS,
            InetAddress.getByName(ADDRESS), frr.port(), Frr.AS,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC));
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
    void anIpv6OffsetFrrRefusesIsFoundAndEveryOtherRouteStays() throws Exception {
        speaker.awaitEstablished();
        for (int i = 0; i < GOOD_V4; i++) {
            routes.add(TestRoutes.bulk(i));
            shownAs.put(TestRoutes.bulk(i), "172.16.0." + i + "/32");
        }
        for (int i = 0; i < GOOD_V6; i++) {
            routes.add(v6(0x0a00 + i, 0));
        }
        offset = v6(0x0bad, 16);
        routes.add(GOOD_V4 + 1, offset);
        final long resetsBefore = speaker.status().counters().notificationsReceived();
        final long started = System.nanoTime();
        speaker.advertise(routes);

        awaitRefusedAndInstalled(Set.of(offset));
        final Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(WITHIN) <= 0, "found in " + took);
        final RefusedRoute refused = speaker.status().refused().get(0);
        final NotificationMessage notification = refused.notification();
        assertNotNull(notification, "FRR's NOTIFICATION is kept");
        assertEquals(NotificationMessage.UPDATE_MESSAGE_ERROR, notification.code());
        final long resets = speaker.status().counters().notificationsReceived() - resetsBefore;
        assertTrue(resets <= Math.floor(Math.log(routes.size()) / Math.log(2)) + 2, resets + " resets");
    }

    @Test
    @Order(2)
    void theSessionStaysUpAndTheRefusedRouteIsNotSentAgain() throws Exception {
        final long established = speaker.establishedTransitions();
        speaker.advertise(routes);
        Thread.sleep(5000);
        assertEquals(BgpSessionState.ESTABLISHED, speaker.state());
        assertEquals(established, speaker.establishedTransitions());
        assertEquals(expectedShown(Set.of(offset)), shown());
    }

    @Test
    @Order(3)
    void aNotEqualTermFrrRefusesIsFoundToo() throws Exception {
        final FlowspecRoute notEqual = new FlowspecRoute(new Fsv1Nlri(Afi.IPV4,
            IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, new byte[] {10, 99, 0, 0}, 16),
            new NumericComponent(ComponentType.DESTINATION_PORT,
                List.of(new NumericTerm(false, NumericTerm.LT | NumericTerm.GT, 80)))),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
        shownAs.put(notEqual, "10.99.0.0/16");
        routes.add(3, notEqual);
        speaker.advertise(routes);
        awaitRefusedAndInstalled(Set.of(offset, notEqual));
    }

    private void awaitRefusedAndInstalled(final Set<FlowspecRoute> refused) throws Exception {
        final Set<String> want = expectedShown(refused);
        final long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            final PeerStatus status = speaker.status();
            final Set<FlowspecRoute> found = new HashSet<>();
            status.refused().forEach(route -> found.add(route.route()));
            final Set<String> shown = shown();
            if (found.equals(refused) && shown.equals(want) && status.state() == BgpSessionState.ESTABLISHED
                    && status.heldBack().isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                assertEquals(refused, found, "refused routes");
                assertEquals(want, shown, "FRR's flowspec tables");
            }
            Thread.sleep(200);
        }
    }

    private Set<String> expectedShown(final Set<FlowspecRoute> refused) {
        final Set<String> out = new TreeSet<>();
        for (FlowspecRoute route : routes) {
            if (!refused.contains(route)) {
                out.add(shownAs.get(route));
            }
        }
        return out;
    }

    /** The "to" of every route in FRR's flowspec tables, as FRR prints it. */
    private Set<String> shown() throws IOException, InterruptedException {
        final Set<String> out = new TreeSet<>();
        for (String family : List.of("ipv4", "ipv6")) {
            final String text = frr.vtysh("show bgp " + family + " flowspec detail json");
            if (text.isBlank()) {
                continue;
            }
            final JsonStreamParser parser = new JsonStreamParser(text);
            while (parser.hasNext()) {
                final JsonElement route = parser.next();
                if (!route.isJsonArray()) {
                    continue;
                }
                for (JsonElement part : route.getAsJsonArray()) {
                    final var object = part.getAsJsonObject();
                    if (object.has("to")) {
                        out.add(object.get("to").getAsString());
                    }
                }
            }
        }
        return out;
    }

    /** An IPv6 route to 2001:db8:group::/48 with the offset, as FRR would show it. */
    private FlowspecRoute v6(final int group, final int prefixOffset) {
        final byte[] address = new byte[16];
        address[0] = 0x20;
        address[1] = 0x01;
        address[2] = 0x0d;
        address[3] = (byte) 0xb8;
        address[4] = (byte) (group >> 8);
        address[5] = (byte) group;
        final FlowspecRoute route = new FlowspecRoute(new Fsv1Nlri(Afi.IPV6,
            IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, address, prefixOffset, 48)),
            RouteAttributes.of(new TrafficRateBytes(0, 0f)));
        shownAs.put(route, "2001:db8:" + Integer.toHexString(group) + "::/48/off " + prefixOffset);
        return route;
    }
}
