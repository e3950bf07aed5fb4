/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static io.flowsteer.it.bgp.SpeakerUnderTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.NegotiatedSession;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flowsteer's speaker against gobgpd, a BGP implementation nobody here wrote: session establishment seen from both
 * sides, flowspec advertisement and withdrawal checked field by field in gobgp's RIB, ROUTE-REFRESH, session
 * restart, an unknown community, and routes received from gobgp. The tests build on each other, in order.
 */
@ExtendWith(GobgpExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GobgpFlowspecIT {
    private static final Logger LOG = LoggerFactory.getLogger(GobgpFlowspecIT.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String V4 = "ipv4-flowspec";
    private static final String V6 = "ipv6-flowspec";

    private final ConcurrentLinkedQueue<UnicastRoute> unicastAnnounced = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<UnicastRoute> unicastWithdrawn = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<FlowspecRoute> flowspecAnnounced = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Fsv1Nlri> flowspecWithdrawn = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<BgpFamily> endOfRib = new ConcurrentLinkedQueue<>();
    private Gobgp gobgp;
    private NettyBgpSouthbound speaker;
    private InetAddress peer;

    @BeforeAll
    void startSpeaker(final Gobgp daemon) throws IOException {
        gobgp = daemon;
        peer = InetAddress.getByName(Gobgp.ADDRESS);
        speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(), new ReconnectPolicy(Duration.ofMillis(200),
            Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(2)),
            new SpeakerConfig(TestRoutes.ipv4(Gobgp.SPEAKER_ADDRESS), Gobgp.SPEAKER_AS, null));
        speaker.registerListener(new BgpPeerListener() {
            @Override
            public void onUnicastRoutes(final InetAddress from, final List<UnicastRoute> announced,
                    final List<UnicastRoute> withdrawn) {
                unicastAnnounced.addAll(announced);
                unicastWithdrawn.addAll(withdrawn);
            }

            @Override
            public void onFlowspecRoutes(final InetAddress from, final List<FlowspecRoute> announced,
                    final List<Fsv1Nlri> withdrawn) {
                flowspecAnnounced.addAll(announced);
                flowspecWithdrawn.addAll(withdrawn);
            }

            @Override
            public void onEndOfRib(final InetAddress from, final BgpFamily family) {
                endOfRib.add(family);
            }
        });
        speaker.putPeer(new PeerConfig(peer, gobgp.bgpPort(), Gobgp.AS, 30,
            EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC, BgpFamily.IPV4_UNICAST,
                BgpFamily.IPV6_UNICAST), false));
    }

    @AfterAll
    void stopSpeaker() {
        if (speaker != null) {
            speaker.close();
        }
    }

    @Test
    @Order(1)
    void sessionReachesEstablishedOnBothSides() throws Exception {
        await("our session established", () -> state() == BgpSessionState.ESTABLISHED);
        final NegotiatedSession negotiated = speaker.status(peer).negotiated();
        assertNotNull(negotiated);
        assertEquals(Set.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC, BgpFamily.IPV4_UNICAST,
            BgpFamily.IPV6_UNICAST), negotiated.families());
        assertEquals(Gobgp.AS, negotiated.remoteAs());
        assertTrue(negotiated.fourOctetAs(), "4-octet AS negotiated");
        assertTrue(negotiated.routeRefresh(), "gobgp announces route refresh");
        assertEquals(30, negotiated.holdTime());
        assertTrue(negotiated.gracefulRestart(), "gobgp announces graceful restart");
        final JsonObject neighbor = JsonParser.parseString(gobgp.cli("neighbor", Gobgp.SPEAKER_ADDRESS, "-j"))
            .getAsJsonObject();
        assertEquals(6, neighbor.getAsJsonObject("state").get("session_state").getAsInt(), "gobgp: ESTABLISHED");
        assertEquals(Gobgp.SPEAKER_AS, neighbor.getAsJsonObject("state").get("peer_asn").getAsLong());
        assertTrue(gobgp.cli("neighbor").contains("Establ"));
        await("End-of-RIB from gobgp", () -> endOfRib.containsAll(negotiated.families()));
    }

    @Test
    @Order(2)
    void advertisedRoutesShowExactlyTheirFieldsInGobgp() throws Exception {
        final long start = System.nanoTime();
        advertise(allRoutes());
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy());
        awaitRib(V6, TestRoutes.ipv6AllComponents(), TestRoutes.ipv6RedirectCopy());
        LOG.info("5 routes advertised and visible in gobgp's RIB after {} ms",
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertEquals(5, speaker.status(peer).advertisedRoutes());
    }

    @Test
    @Order(3)
    void withdrawnRoutesAreGoneFromGobgp() throws Exception {
        advertise(List.of(TestRoutes.ipv4AllComponents(), TestRoutes.ipv6AllComponents()));
        awaitRib(V4, TestRoutes.ipv4AllComponents());
        awaitRib(V6, TestRoutes.ipv6AllComponents());
        advertise(List.of());
        awaitRib(V4);
        awaitRib(V6);
        advertise(allRoutes());
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy());
        awaitRib(V6, TestRoutes.ipv6AllComponents(), TestRoutes.ipv6RedirectCopy());
    }

    @Test
    @Order(4)
    void routeRefreshToGobgpMakesItResendItsRoutes() throws Exception {
        // gobgp's "softresetin" re-reads its own Adj-RIB-In and never sends ROUTE-REFRESH, so the direction
        // gobgp -> Flowsteer is covered by BgpSpeakerScriptedPeerTest; here gobgp answers our ROUTE-REFRESH
        gobgp.cli("global", "rib", "add", "-a", V4, "match", "destination", "10.30.0.0/16", "then", "discard");
        try {
            await("flowspec route received", () -> flowspecAnnounced.stream()
                .anyMatch(r -> isDestination(r.nlri(), "10.30.0.0", 16)));
            flowspecAnnounced.clear();
            final long established = speaker.status(peer).counters().establishedTransitions();
            assertTrue(speaker.requestRouteRefresh(peer, BgpFamily.IPV4_FLOWSPEC));
            await("flowspec route re-sent by gobgp", () -> flowspecAnnounced.stream()
                .anyMatch(r -> isDestination(r.nlri(), "10.30.0.0", 16)));
            assertEquals(established, speaker.status(peer).counters().establishedTransitions(), "no session reset");
        } finally {
            gobgp.cli("global", "rib", "del", "-a", V4, "match", "destination", "10.30.0.0/16", "then", "discard");
        }
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy());
    }

    @Test
    @Order(5)
    void sessionRestartRelearnsEverything() throws Exception {
        final PeerStatus before = speaker.status(peer);
        gobgp.cli("neighbor", Gobgp.SPEAKER_ADDRESS, "reset");
        // gobgpd 3.10 keeps a reset neighbor idle for 30 s whatever idle-hold-time-after-reset says
        await("NOTIFICATION Cease received and session re-established", Duration.ofSeconds(60),
            () -> speaker.status(peer).counters().establishedTransitions()
                > before.counters().establishedTransitions() && state() == BgpSessionState.ESTABLISHED);
        assertTrue(speaker.status(peer).counters().notificationsReceived()
            > before.counters().notificationsReceived());
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy());
        awaitRib(V6, TestRoutes.ipv6AllComponents(), TestRoutes.ipv6RedirectCopy());
    }

    @Test
    @Order(6)
    void unknownCommunityKeepsTheSessionUp() throws Exception {
        final long established = speaker.status(peer).counters().establishedTransitions();
        final List<FlowspecRoute> routes = new ArrayList<>(allRoutes());
        routes.add(TestRoutes.ipv4IndirectionId().route());
        advertise(routes);
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy(),
            TestRoutes.ipv4IndirectionId());
        Thread.sleep(2000);
        assertEquals(BgpSessionState.ESTABLISHED, state());
        assertEquals(established, speaker.status(peer).counters().establishedTransitions());
        assertTrue(gobgp.cli("neighbor").contains("Establ"));
    }

    @Test
    @Order(7)
    void unicastAndFlowspecRoutesFromGobgpAreReported() throws Exception {
        gobgp.cli("global", "rib", "add", "-a", "ipv4", "10.0.0.0/24", "nexthop", "192.0.2.254");
        gobgp.cli("global", "rib", "add", "-a", "ipv6", "2001:db8:100::/48", "nexthop", "2001:db8::fe");
        gobgp.cli("global", "rib", "add", "-a", V4, "match", "destination", "10.20.0.0/16", "then", "discard");
        try {
            await("IPv6 unicast route received (MP_REACH_NLRI 2/1)", () -> unicastAnnounced.stream()
                .anyMatch(r -> r.toString().startsWith("2001:db8:100:0:0:0:0:0/48 via ")));
            await("unicast route received", () -> unicastAnnounced.stream()
                .anyMatch(r -> r.toString().startsWith("10.0.0.0/24 via ")));
            await("flowspec route received", () -> flowspecAnnounced.stream().anyMatch(r ->
                isDestination(r.nlri(), "10.20.0.0", 16)
                && r.attributes().extendedCommunities().equals(List.of(new TrafficRateBytes(0, 0f)))));
        } finally {
            gobgp.cli("global", "rib", "del", "-a", "ipv4", "10.0.0.0/24");
            gobgp.cli("global", "rib", "del", "-a", "ipv6", "2001:db8:100::/48");
            gobgp.cli("global", "rib", "del", "-a", V4, "match", "destination", "10.20.0.0/16", "then", "discard");
        }
        await("unicast withdrawal received", () -> unicastWithdrawn.stream()
            .anyMatch(r -> r.toString().equals("10.0.0.0/24")));
        await("IPv6 unicast withdrawal received", () -> unicastWithdrawn.stream()
            .anyMatch(r -> r.toString().equals("2001:db8:100:0:0:0:0:0/48")));
        await("flowspec withdrawal received", () -> flowspecWithdrawn.stream()
            .anyMatch(n -> isDestination(n, "10.20.0.0", 16)));
        assertEquals(0, speaker.status(peer).counters().malformedUpdates());
    }

    @Test
    @Order(8)
    void receivedRoutesAreKeptWithTheirPathAndValidated() throws Exception {
        // 10.40.0.0/16 unicast and a flowspec route inside it: gobgp originates both, so rule b1 holds;
        // 10.41.0.0/16 has no covering unicast route and a non-empty AS_PATH: infeasible (rule b)
        gobgp.cli("global", "rib", "add", "-a", "ipv4", "10.40.0.0/16", "nexthop", "192.0.2.254");
        gobgp.cli("global", "rib", "add", "-a", V4, "match", "destination", "10.40.1.0/24", "then", "rate-limit",
            "1000");
        gobgp.cli("global", "rib", "add", "-a", V4, "match", "destination", "10.41.0.0/16", "then", "discard");
        try {
            await("unicast route kept", () -> speaker.receivedUnicast(peer).stream()
                .anyMatch(r -> r.toString().equals("10.40.0.0/16 via 192.0.2.254")));
            final UnicastRoute unicast = speaker.receivedUnicast(peer).stream()
                .filter(r -> r.toString().equals("10.40.0.0/16 via 192.0.2.254")).findFirst().orElseThrow();
            assertEquals(List.of(Gobgp.AS), unicast.asPath());
            await("two flowspec routes kept", () -> received("10.40.1.0", 24) != null
                && received("10.41.0.0", 16) != null);
            final ReceivedFlowspec feasible = received("10.40.1.0", 24);
            assertTrue(feasible.validation().feasible(), feasible.validation().reason());
            assertEquals(List.of(Gobgp.AS), feasible.asPath());
            assertEquals(List.of(new TrafficRateBytes(0, 1000f)),
                feasible.route().attributes().extendedCommunities());
            final ReceivedFlowspec infeasible = received("10.41.0.0", 16);
            assertFalse(infeasible.validation().feasible());
            assertTrue(infeasible.validation().reason().contains("rule b"), infeasible.validation().reason());
            assertEquals(List.of(new TrafficRateBytes(0, 0f)), infeasible.route().attributes().extendedCommunities());
        } finally {
            gobgp.cli("global", "rib", "del", "-a", "ipv4", "10.40.0.0/16");
            gobgp.cli("global", "rib", "del", "-a", V4, "match", "destination", "10.40.1.0/24", "then", "rate-limit",
                "1000");
            gobgp.cli("global", "rib", "del", "-a", V4, "match", "destination", "10.41.0.0/16", "then", "discard");
        }
        await("withdrawn routes leave the Adj-RIB-In", () -> received("10.40.1.0", 24) == null
            && received("10.41.0.0", 16) == null && speaker.receivedUnicast(peer).isEmpty());
    }

    private ReceivedFlowspec received(final String destination, final int length) {
        return speaker.receivedFlowspec(peer).stream().filter(r -> isDestination(r.route().nlri(), destination,
            length)).findFirst().orElse(null);
    }

    @Test
    @Order(9)
    void tenThousandRoutesAreAdvertisedAndWithdrawn() throws Exception {
        final List<FlowspecRoute> routes = new ArrayList<>(allRoutes());
        for (int i = 0; i < 10_000; i++) {
            routes.add(TestRoutes.bulk(i));
        }
        final long start = System.nanoTime();
        advertise(routes);
        await("10003 IPv4 flowspec routes in gobgp", Duration.ofSeconds(120), () -> destinations(V4) == 10_003);
        final long advertised = System.nanoTime();
        advertise(allRoutes());
        await("3 IPv4 flowspec routes left in gobgp", Duration.ofSeconds(120), () -> destinations(V4) == 3);
        LOG.info("10000 routes in gobgp's RIB after {} ms, withdrawn after another {} ms",
            TimeUnit.NANOSECONDS.toMillis(advertised - start),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - advertised));
        assertEquals(BgpSessionState.ESTABLISHED, state());
        awaitRib(V4, TestRoutes.ipv4AllComponents(), TestRoutes.ipv4Redirect(), TestRoutes.ipv4RedirectCopy());
    }

    private int destinations(final String family) {
        try {
            final String summary = gobgp.cli("global", "rib", "summary", "-a", family);
            final Matcher matcher = Pattern.compile("Destination: (\\d+)")
                .matcher(summary);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean isDestination(final FlowspecNlri flowspec, final String address, final int length) {
        return flowspec instanceof Fsv1Nlri nlri && nlri.components().size() == 1
            && nlri.components().get(0) instanceof IpPrefixComponent prefix
            && prefix.length() == length && TestRoutes.ipv4(address).equals(toAddress(prefix.address()));
    }

    private static InetAddress toAddress(final byte[] octets) {
        try {
            return InetAddress.getByAddress(octets);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<FlowspecRoute> allRoutes() {
        return List.of(TestRoutes.ipv4AllComponents().route(), TestRoutes.ipv4Redirect().route(),
            TestRoutes.ipv4RedirectCopy().route(), TestRoutes.ipv6AllComponents().route(),
            TestRoutes.ipv6RedirectCopy().route());
    }

    private void advertise(final List<?> routes) {
        final List<FlowspecRoute> out = new ArrayList<>();
        for (Object route : routes) {
            out.add(route instanceof TestRoutes test ? test.route() : (FlowspecRoute) route);
        }
        speaker.setAdjRibOut(peer, out);
    }

    private BgpSessionState state() {
        final PeerStatus status = speaker.status(peer);
        return status == null ? null : status.state();
    }

    /**
     * Waits until gobgp's global RIB of a family holds exactly the given routes, with exactly their communities.
     */
    private void awaitRib(final String family, final TestRoutes... expected) throws Exception {
        final Map<String, String> want = new HashMap<>();
        for (TestRoutes route : expected) {
            want.put(route.gobgpKey(), route.gobgpCommunities());
        }
        Eventually.await("gobgp " + family + " RIB " + want, TIMEOUT, Duration.ofMillis(100), () -> rib(family),
            want::equals);
    }

    private Map<String, String> rib(final String family) throws IOException, InterruptedException {
        final String json = gobgp.cli("global", "rib", "-a", family, "-j").trim();
        final Map<String, String> out = new HashMap<>();
        if (json.isEmpty() || "null".equals(json)) {
            return out;
        }
        for (Map.Entry<String, JsonElement> entry : JsonParser.parseString(json).getAsJsonObject().entrySet()) {
            final JsonArray paths = entry.getValue().getAsJsonArray();
            final JsonArray communities = new JsonArray();
            final JsonElement attrs = paths.get(0).getAsJsonObject().get("attrs");
            if (attrs != null && attrs.isJsonArray()) {
                for (JsonElement attr : attrs.getAsJsonArray()) {
                    final int type = attr.getAsJsonObject().get("type").getAsInt();
                    if (type == 16 || type == 25) {
                        communities.add(attr);
                    }
                }
            }
            out.put(entry.getKey(), communities.toString());
        }
        return out;
    }
}
