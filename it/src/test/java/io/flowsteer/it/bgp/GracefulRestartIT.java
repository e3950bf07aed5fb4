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
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.GracefulRestartConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The speaker as a Restarting Speaker (RFC 4724 section 4.1) against GoBGP and BIRD in graceful restart helper mode:
 * when the speaker goes away without a NOTIFICATION, as a controller that crashes or stops does, each router keeps
 * every flowspec route (polled every 100 ms); when a speaker is back and sends End-of-RIB, the router keeps exactly
 * what was sent again. With graceful restart disabled, the routes go with the session. FRR 8.4 keeps no flowspec
 * route across a restart (its helper covers the unicast, multicast and VPN families only): checked too, so that
 * the documentation learns when that changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulRestartIT {
    private static final Pattern DESTINATION = Pattern.compile("172\\.16\\.\\d+\\.\\d+");
    /**
     * Every family the routers are configured with: GoBGP removes stale routes only after End-of-RIB of each family
     * its neighbour has graceful restart for, so the speaker offers them all (and sends End-of-RIB for each).
     */
    private static final Set<BgpFamily> FAMILIES = EnumSet.of(BgpFamily.IPV4_FLOWSPEC, BgpFamily.IPV6_FLOWSPEC,
        BgpFamily.IPV4_UNICAST, BgpFamily.IPV6_UNICAST);
    private static final int RULES = 50;
    private static final int KEPT = 40;
    private static final Duration WATCH = Duration.ofSeconds(3);
    /** A restart time short enough for a test to outlast it several times over. */
    private static final int SHORT_RESTART_TIME = 2;
    private static final int LONG_LIVED_STALE_TIME = 300;

    /**
     * A router under test: where the speaker connects from and to, the two ASes, and the router's flowspec RIB as
     * its own CLI prints it.
     *
     * @param address the router's address
     * @param speakerAddress the speaker's address
     * @param as the router's AS
     * @param speakerAs the speaker's AS
     * @param port the router's BGP port, once it runs
     * @param rib reads the RIB
     */
    private record Router(String address, String speakerAddress, long as, long speakerAs, IntSupplier port,
            Rib rib) {
        @Override
        public String toString() {
            return "router at " + address;
        }
    }

    /**
     * Reads a router's flowspec RIB.
     */
    @FunctionalInterface
    private interface Rib {
        String read() throws IOException, InterruptedException;
    }

    private Gobgp gobgp;
    private Gobgp longLivedGobgp;
    private Frr frr;
    private Bird bird;

    @BeforeAll
    void startRouters() throws IOException, InterruptedException {
        gobgp = Gobgp.start("127.0.0.90", "127.0.0.91", "gobgpd-gr", Gobgp.SPEAKER_AS, (String) null);
        frr = Frr.start("127.0.0.92", "127.0.0.93", "frr-gr", Frr.SPEAKER_AS);
        bird = Bird.start("127.0.0.94", "127.0.0.95", "bird-gr", Bird.SPEAKER_AS);
        longLivedGobgp = Gobgp.start("127.0.0.98", "127.0.0.99", "gobgpd-llgr", Gobgp.SPEAKER_AS,
            new Gobgp.Neighbor(null, 0, 0, 0, LONG_LIVED_STALE_TIME));
    }

    @AfterAll
    void stopRouters() {
        if (gobgp != null) {
            gobgp.close();
        }
        if (longLivedGobgp != null) {
            longLivedGobgp.close();
        }
        if (frr != null) {
            frr.close();
        }
        if (bird != null) {
            bird.close();
        }
    }

    Stream<Router> routers() {
        return Stream.of(
            new Router("127.0.0.90", "127.0.0.91", Gobgp.AS, Gobgp.SPEAKER_AS, () -> gobgp.bgpPort(),
                () -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec")),
            new Router("127.0.0.94", "127.0.0.95", Bird.AS, Bird.SPEAKER_AS, () -> bird.port(),
                () -> bird.birdc("show route table", "flowtab4")));
    }

    private static SpeakerUnderTest speaker(final Router router, final GracefulRestartConfig gracefulRestart)
            throws IOException {
        return new SpeakerUnderTest(InetAddress.getByName(router.speakerAddress()), router.speakerAs(),
            InetAddress.getByName(router.address()), router.port().getAsInt(), router.as(), FAMILIES, null,
            gracefulRestart);
    }

    /**
     * A speaker sends every rule until the router holds them all, then goes away without a NOTIFICATION, as a
     * stopping or crashing controller does.
     */
    private static void everyRuleThenGone(final Router router, final GracefulRestartConfig gracefulRestart)
            throws Exception {
        try (SpeakerUnderTest first = speaker(router, gracefulRestart)) {
            first.advertise(rules(RULES));
            first.awaitEstablished();
            SpeakerUnderTest.await(router + " holds every rule", () -> destinations(router).size() == RULES);
        }
    }

    private static List<FlowspecRoute> rules(final int count) {
        return IntStream.range(0, count).mapToObj(TestRoutes::bulk).toList();
    }

    private static Set<String> destinations(final Router router) {
        final Set<String> found = new TreeSet<>();
        try {
            final Matcher matcher = DESTINATION.matcher(router.rib().read());
            while (matcher.find()) {
                found.add(matcher.group());
            }
        } catch (IOException e) {
            throw new AssertionError(router + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routers")
    void theRoutesOutliveTheSpeakerAndOnlyWhatIsGoneIsRemoved(final Router router) throws Exception {
        everyRuleThenGone(router, GracefulRestartConfig.DEFAULT);
        // closed as a stopping controller closes: no NOTIFICATION; the router keeps every route, stale
        final long until = System.nanoTime() + WATCH.toNanos();
        int polls = 0;
        while (System.nanoTime() < until) {
            assertEquals(RULES, destinations(router).size(), router + " lost routes during the restart");
            polls++;
            Thread.sleep(100);
        }
        assertTrue(polls >= 10, "polled " + polls + " times");
        try (SpeakerUnderTest second = speaker(router, GracefulRestartConfig.DEFAULT)) {
            second.advertise(rules(KEPT));
            second.awaitEstablished();
            SpeakerUnderTest.await(router + " keeps only what was sent again, after End-of-RIB",
                () -> destinations(router).size() == KEPT);
            assertEquals(new TreeSet<>(IntStream.range(0, KEPT).mapToObj(GracefulRestartIT::destination).toList()),
                destinations(router));
        }
    }

    /**
     * A cluster failover as the router sees it (issue 16): the speaker goes on standby (its node lost the active
     * controller role), the router keeps every route, stale; the speaker becomes active again with fewer rules (a
     * standby node taking over with the configuration as it now is), and the router keeps only those.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("routers")
    void theRoutesOutliveAStandbyAndOnlyWhatTheNextActiveOneDoesNotSendIsRemoved(final Router router)
            throws Exception {
        try (SpeakerUnderTest speaker = speaker(router, GracefulRestartConfig.DEFAULT)) {
            speaker.advertise(rules(RULES));
            speaker.awaitEstablished();
            SpeakerUnderTest.await(router + " holds every rule", () -> destinations(router).size() == RULES);
            speaker.speaker().active(false).get();
            final long until = System.nanoTime() + WATCH.toNanos();
            while (System.nanoTime() < until) {
                assertEquals(RULES, destinations(router).size(), router + " lost routes while no node was active");
                Thread.sleep(100);
            }
            speaker.advertise(rules(KEPT));
            speaker.speaker().active(true).get();
            speaker.awaitEstablished();
            SpeakerUnderTest.await(router + " keeps only what the active node sent, after End-of-RIB",
                () -> destinations(router).size() == KEPT);
        }
    }

    Stream<Router> longLivedRouters() {
        return Stream.of(
            new Router("127.0.0.98", "127.0.0.99", Gobgp.AS, Gobgp.SPEAKER_AS, () -> longLivedGobgp.bgpPort(),
                () -> longLivedGobgp.cli("global", "rib", "-a", "ipv4-flowspec")),
            new Router("127.0.0.94", "127.0.0.95", Bird.AS, Bird.SPEAKER_AS, () -> bird.port(),
                () -> bird.birdc("show route table", "flowtab4")));
    }

    /**
     * Long-Lived Graceful Restart (RFC 9494): with a restart time of 2 s and a long-lived stale time of 300 s, the
     * router keeps every route for four times the restart time while the speaker is away (section 4.2, the routes
     * marked LLGR_STALE), and once the speaker is back and has sent End-of-RIB, keeps only what it sent again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longLivedRouters")
    void longLivedGracefulRestartKeepsTheRoutesPastTheRestartTime(final Router router) throws Exception {
        final GracefulRestartConfig longLived = new GracefulRestartConfig(true, SHORT_RESTART_TIME,
            LONG_LIVED_STALE_TIME);
        everyRuleThenGone(router, longLived);
        final long until = System.nanoTime() + Duration.ofSeconds(SHORT_RESTART_TIME * 4L).toNanos();
        while (System.nanoTime() < until) {
            assertEquals(RULES, destinations(router).size(), router + " dropped routes after the restart time"
                + " although the speaker asked for long-lived graceful restart");
            Thread.sleep(100);
        }
        try (SpeakerUnderTest second = speaker(router, longLived)) {
            second.advertise(rules(KEPT));
            second.awaitEstablished();
            SpeakerUnderTest.await(router + " keeps only what was sent again, after End-of-RIB",
                () -> destinations(router).size() == KEPT);
        }
    }

    /**
     * The control of the test above, on BIRD: a speaker without the long-lived extension, whose routes go once the
     * restart time has run out. Not on GoBGP: with long-lived graceful restart configured for the neighbour, gobgpd
     * 3.10 started its long-lived timer also after a session whose OPEN had no such capability (its log says so),
     * when earlier sessions of that neighbour had offered it.
     */
    @Test
    void withoutTheLongLivedStaleTimeTheRoutesGoWithTheRestartTime() throws Exception {
        final Router router = longLivedRouters().filter(candidate -> candidate.as() == Bird.AS).findFirst()
            .orElseThrow();
        final GracefulRestartConfig shortOnly = new GracefulRestartConfig(true, SHORT_RESTART_TIME, 0);
        everyRuleThenGone(router, shortOnly);
        SpeakerUnderTest.await(router + " removes the routes once the restart time has run out",
            () -> destinations(router).isEmpty());
    }

    @Test
    void frrWithdrawsFlowspecRoutesWithTheSessionEvenWithGracefulRestart() throws Exception {
        final Router router = new Router("127.0.0.92", "127.0.0.93", Frr.AS, Frr.SPEAKER_AS, () -> frr.port(),
            () -> frr.vtysh("show bgp ipv4 flowspec detail json"));
        try (SpeakerUnderTest speaker = speaker(router, GracefulRestartConfig.DEFAULT)) {
            speaker.advertise(rules(10));
            speaker.awaitEstablished();
            SpeakerUnderTest.await(router + " holds the ten rules", () -> destinations(router).size() == 10);
        }
        SpeakerUnderTest.await(router + " withdrew every rule with the session", () -> destinations(router).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routers")
    void withoutGracefulRestartTheRoutesGoWithTheSession(final Router router) throws Exception {
        final GracefulRestartConfig off = new GracefulRestartConfig(false, 120);
        try (SpeakerUnderTest speaker = speaker(router, off)) {
            speaker.advertise(rules(10));
            speaker.awaitEstablished();
            SpeakerUnderTest.await(router + " holds the ten rules", () -> destinations(router).size() == 10);
        }
        SpeakerUnderTest.await(router + " withdrew every rule with the session", () -> destinations(router).isEmpty());
    }

    /** The destination of {@link TestRoutes#bulk(int)}. */
    private static String destination(final int index) {
        return "172." + (16 | index >> 16 & 0x0f) + "." + (index >> 8 & 0xff) + "." + (index & 0xff);
    }
}
