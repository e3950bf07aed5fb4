/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.RibWatch;
import io.flowsteer.it.bgp.Bird;
import io.flowsteer.it.bgp.Frr;
import io.flowsteer.it.bgp.Gobgp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three Flowsteer nodes in one cluster (issue 16), each a copy of the distribution made a member by
 * {@code bin/flowsteer-cluster-node}, on 127.0.0.201-203, and three routers with graceful restart helper mode:
 * gobgpd, BIRD and FRR. 1,000 rules are installed on all three; then the active controller is killed (SIGKILL).
 * gobgpd's and BIRD's RIBs, polled every 100 ms, never lose a rule (FRR 8.4's helper does not cover flowspec: it
 * withdraws and gets them back); a survivor takes over, re-establishes every session and sends every rule again;
 * a rule written through a survivor during the failover reaches every router; the killed node comes back as a
 * standby. Then the two standby nodes are frozen (SIGSTOP): the active node, cut off from the majority, stops
 * talking to the routers within seconds, and once the two wake up one of them takes over, with no rule lost. Last,
 * the whole cluster is restarted, and every rule is back in every router with its status complete.
 * Every node's sessions come from one address (127.0.0.210, the routers' one neighbour), as from a controller
 * address that moves with the active role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterFailoverIT.class);
    private static final List<String> MEMBERS = List.of("127.0.0.201", "127.0.0.202", "127.0.0.203");
    private static final String SPEAKER = "127.0.0.210";
    private static final String GOBGP = "127.0.0.211";
    private static final String BIRD = "127.0.0.212";
    private static final String FRR = "127.0.0.213";
    private static final String PASSWORD = "cluster-it-admin-password";
    private static final int RULES = 1000;
    private static final String DURING_FAILOVER = "written-during-failover";
    private static final Pattern DESTINATION = Pattern.compile("172\\.2[01]\\.\\d+\\.\\d+/30");
    private static final Pattern ACTIVE = Pattern.compile("\"active-node\":\"([^\"]+)\"");
    private static final Duration BOOT = Duration.ofMinutes(10);
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private final List<ClusterNode> nodes = new ArrayList<>();
    private Gobgp gobgp;
    private Bird bird;
    private Frr frr;
    private Path results;

    @BeforeAll
    void start() throws Exception {
        gobgp = Gobgp.start(GOBGP, SPEAKER, "cluster-gobgpd", Gobgp.SPEAKER_AS, (String) null);
        bird = Bird.start(BIRD, SPEAKER, "cluster-bird", Gobgp.SPEAKER_AS);
        frr = Frr.start(FRR, SPEAKER, "cluster-frr", Gobgp.SPEAKER_AS);
        final Path pristine = Path.of(System.getProperty("flowsteer.karaf.pristine"));
        final Path root = Path.of(System.getProperty("flowsteer.it.dir", "target"), "cluster").toAbsolutePath();
        results = root.resolve("failover.txt");
        for (int member = 1; member <= MEMBERS.size(); member++) {
            nodes.add(ClusterNode.prepare(pristine, root, member, MEMBERS, PASSWORD));
        }
        for (ClusterNode node : nodes) {
            node.start();
        }
        for (ClusterNode node : nodes) {
            node.awaitRestconf(BOOT);
        }
        awaitActive(nodes.get(0), null);
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (ClusterNode node : nodes) {
            node.close();
        }
        if (gobgp != null) {
            gobgp.close();
        }
        if (bird != null) {
            bird.close();
        }
        if (frr != null) {
            frr.close();
        }
    }

    @Test
    @Order(1)
    void killingTheActiveNodeLosesNoRuleInTheRoutersAndASurvivorTakesOver() throws Exception {
        final Restconf first = nodes.get(0).restconf();
        configure(first);
        awaitEverywhere(first, RULES);
        final String active = awaitActive(nodes.get(0), null);
        final ClusterNode victim = node(active);
        final ClusterNode survivor = nodes.stream().filter(node -> node != victim).findFirst().orElseThrow();
        LOG.info("Active controller: {}; killing it, then writing through {}", victim, survivor);

        final long killed;
        final long takenOver;
        final long sessionsBack;
        final long endOfRib;
        final long everythingBack;
        final boolean oldest;
        try (RibWatch gobgpWatch = new RibWatch(() -> count(gobgpRib()));
             RibWatch birdWatch = new RibWatch(() -> count(birdRib()))) {
            Thread.sleep(500);
            final int endOfRibs = gobgp.endOfRibsReceived();
            oldest = victim.oldestMember();
            killed = System.nanoTime();
            victim.kill();
            // the rule goes through a survivor while no node talks to the routers; it waits for the datastore
            final Restconf.Response written = Eventually.await("a rule written through " + survivor, SETTLE,
                Duration.ofMillis(500), () -> writeQuietly(survivor.restconf(), DURING_FAILOVER, RULES),
                response -> response.status() == 201);
            assertEquals(201, written.status(), written.body());
            final String next = awaitActive(survivor, victim.memberName());
            takenOver = System.nanoTime();
            assertNotEquals(victim.memberName(), next);
            Eventually.await("every router's session from the new active controller", SETTLE,
                Duration.ofMillis(200), () -> gobgp.established(SPEAKER) && bird.established(SPEAKER)
                    && frr.established(SPEAKER));
            sessionsBack = System.nanoTime();
            Eventually.await("End-of-RIB from the new active controller at gobgpd", SETTLE, Duration.ofMillis(100),
                () -> gobgp.endOfRibsReceived() > endOfRibs);
            endOfRib = System.nanoTime();
            awaitEverywhere(survivor.restconf(), RULES + 1);
            everythingBack = System.nanoTime();
            assertEquals(RULES, gobgpWatch.fewest(), "gobgpd lost rules during the failover (polled "
                + gobgpWatch.polls() + " times)");
            assertEquals(RULES, birdWatch.fewest(), "BIRD lost rules during the failover (polled "
                + birdWatch.polls() + " times)");
            assertTrue(gobgpWatch.polls() >= 10 && birdWatch.polls() >= 10, "too few polls");
        }
        final String figures = String.format("failover after SIGKILL of the active node (%s the cluster's oldest"
            + " member), %d rules on 3 routers: new active %d ms, every session re-established %d ms, End-of-RIB at"
            + " gobgpd %d ms, every rule (and the one written during the failover) in every router and installed"
            + " %d ms%n", oldest ? "also" : "not", RULES,
            millis(killed, takenOver), millis(killed, sessionsBack), millis(killed, endOfRib),
            millis(killed, everythingBack));
        LOG.info(figures);
        Files.writeString(results, figures, StandardCharsets.UTF_8);

        // the killed node comes back as a standby: the active node stays where it is
        final String activeNow = awaitActive(survivor, null);
        victim.start();
        victim.awaitRestconf(BOOT);
        Eventually.await(victim + " sees " + activeNow + " active", SETTLE, Duration.ofSeconds(1),
            () -> active(victim).orElse(""), activeNow::equals);
        assertEquals(Optional.of(activeNow), active(survivor), "the active node moved when " + victim + " rejoined");
    }

    /**
     * Split brain (issue 16): the two standby nodes freeze (SIGSTOP), so that the active node is cut off from the
     * majority while it runs. It stops talking to the routers within seconds, before the cluster's split brain
     * resolver would down it; the routers keep the rules (graceful restart). When the two wake up, the cluster
     * heals, the active node talks to the routers again and every rule is back, and the cut-off node is a member
     * again: still, or after the restart ODL gives a node the cluster downed.
     */
    @Test
    @Order(2)
    void anActiveNodeCutOffFromTheOthersStopsTalkingToTheRouters() throws Exception {
        final String active = awaitActive(nodes.get(0), null);
        final ClusterNode lonely = node(active);
        final List<ClusterNode> others = nodes.stream().filter(node -> node != lonely).toList();
        final int from = lonely.log().length();
        final long fenced;
        final long frozen;
        try (RibWatch gobgpWatch = new RibWatch(() -> count(gobgpRib()));
             RibWatch birdWatch = new RibWatch(() -> count(birdRib()))) {
            for (ClusterNode other : others) {
                other.freeze();
            }
            frozen = System.nanoTime();
            final String fence = "Flowsteer node " + lonely.memberName() + " reaches no majority of the cluster";
            Eventually.await(lonely + " saying it stops talking to routers", SETTLE, Duration.ofMillis(200),
                () -> lonely.log().substring(from), log -> log.contains(fence));
            Eventually.await("gobgpd seeing the session from " + lonely + " end", SETTLE, Duration.ofMillis(200),
                () -> !gobgp.established(SPEAKER));
            fenced = System.nanoTime();
            for (ClusterNode other : others) {
                other.wake();
            }
            // the cluster heals: whichever node holds the role then (the same one, when nothing was downed in the
            // meantime) talks to the routers again and sends every rule
            final String next = awaitActive(others.get(0), null);
            LOG.info("{} is the active controller after {} was cut off", next, lonely);
            Eventually.await("every router's session from " + next, SETTLE, Duration.ofMillis(200),
                () -> gobgp.established(SPEAKER) && bird.established(SPEAKER) && frr.established(SPEAKER));
            awaitEverywhere(others.get(0).restconf(), RULES + 1);
            assertEquals(RULES + 1, gobgpWatch.fewest(), "gobgpd lost rules (polled " + gobgpWatch.polls() + ")");
            assertEquals(RULES + 1, birdWatch.fewest(), "BIRD lost rules (polled " + birdWatch.polls() + ")");
        }
        final String figures = String.format("active node cut off from the other two: it stopped talking to the"
            + " routers %d ms after they froze%n", millis(frozen, fenced));
        LOG.info(figures);
        Files.writeString(results, figures, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // the role may have moved again if the cluster downed the cut-off node meanwhile: compare with a survivor
        Eventually.await(lonely + " a member again, seeing the active node the others see", BOOT,
            Duration.ofSeconds(1), () -> active(lonely).orElse(""),
            seen -> !seen.isEmpty() && active(others.get(0)).filter(seen::equals).isPresent());
        assertTrue(lonely.running(), lonely + " exited");
    }

    @Test
    @Order(3)
    void aRestartOfTheWholeClusterBringsEveryRuleBack() throws Exception {
        for (ClusterNode node : nodes) {
            node.close();
        }
        final long stopped = System.nanoTime();
        // one after another as each one's Akka system comes up: three Karaf boots at once on two cores can starve
        // the heartbeats of a node that is still booting, which production nodes on their own machines do not do
        for (ClusterNode node : nodes) {
            node.start();
            node.awaitActorSystem(BOOT);
        }
        for (ClusterNode node : nodes) {
            node.awaitRestconf(BOOT);
        }
        final long answering = System.nanoTime();
        awaitActive(nodes.get(1), null);
        awaitEverywhere(nodes.get(1).restconf(), RULES + 1);
        final String figures = String.format("whole cluster restart: RESTCONF on all three nodes %d ms, every rule"
            + " in every router and installed %d ms%n", millis(stopped, answering), millis(stopped,
                System.nanoTime()));
        LOG.info(figures);
        Files.writeString(results, figures, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static long millis(final long from, final long to) {
        return Duration.ofNanos(to - from).toMillis();
    }

    private ClusterNode node(final String member) {
        return nodes.stream().filter(node -> node.memberName().equals(member)).findFirst()
            .orElseThrow(() -> new AssertionError("no node " + member));
    }

    /**
     * The active node as a member's operational status says.
     */
    private static Optional<String> active(final ClusterNode node) {
        try {
            final Restconf.Response response = node.restconf().get("/data/flowsteer-status:controller");
            final Matcher matcher = ACTIVE.matcher(response.body());
            return response.status() == 200 && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String awaitActive(final ClusterNode node, final String not) throws Exception {
        return Eventually.await("an active controller other than " + not + " as " + node + " sees it", SETTLE,
            Duration.ofMillis(200), () -> active(node).orElse(""), found -> !found.isEmpty()
                && !found.equals(not));
    }

    private void configure(final Restconf restconf) throws Exception {
        final int listenPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(SPEAKER, 0));
            listenPort = socket.getLocalPort();
        }
        assertEquals(201, restconf.put("/data/flowsteer-devices:bgp-speaker", "{\"flowsteer-devices:bgp-speaker\":"
            + "{\"router-id\":\"10.255.0.210\",\"local-as\":" + Gobgp.SPEAKER_AS + ",\"listen-address\":\""
            + SPEAKER + "\",\"listen-port\":" + listenPort + "}}").status());
        for (Map.Entry<String, String> router : Map.of("c-gobgp", GOBGP + " " + gobgp.bgpPort() + " " + Gobgp.AS,
                "c-bird", BIRD + " " + bird.port() + " " + Bird.AS, "c-frr", FRR + " " + frr.port() + " " + Frr.AS)
                .entrySet()) {
            final String[] peer = router.getValue().split(" ");
            final var put = restconf.put("/data/flowsteer-devices:devices/device=" + router.getKey(),
                "{\"flowsteer-devices:device\":[{\"name\":\"" + router.getKey() + "\",\"bgp\":{\"peer-address\":\""
                + peer[0] + "\",\"peer-port\":" + peer[1] + ",\"peer-as\":" + peer[2] + ",\"local-address\":\""
                + SPEAKER + "\",\"address-family\":[\"ipv4-flowspec\"]}}]}");
            assertEquals(201, put.status(), put.body());
        }
        final StringBuilder rules = new StringBuilder("{\"flowsteer-flowspec:flowspec\":{\"rule\":[");
        for (int i = 0; i < RULES; i++) {
            rules.append(i == 0 ? "" : ",").append(rule("c-" + i, i));
        }
        rules.append("]}}");
        final var patch = restconf.patch("/data/flowsteer-flowspec:flowspec", rules.toString());
        assertTrue(patch.status() == 200 || patch.status() == 204, patch.body());
    }

    private static String rule(final String name, final int index) {
        return "{\"name\":\"" + name + "\",\"version\":\"fsv1\",\"address-family\":\"ipv4\",\"device\":[\"c-gobgp\","
            + "\"c-bird\",\"c-frr\"],\"match\":{\"destination-prefix\":{\"prefix\":\"172." + (20 + index / 16384)
            + "." + index % 16384 / 64 + "." + index % 64 * 4 + "/30\"}},\"actions\":{\"traffic-rate-bytes\":"
            + "{\"rate\":\"0\"}}}";
    }

    private static Restconf.Response writeQuietly(final Restconf restconf, final String name, final int index)
            throws InterruptedException {
        try {
            return restconf.put("/data/flowsteer-flowspec:flowspec/rule=" + name, "{\"flowsteer-flowspec:rule\":["
                + rule(name, index) + "]}");
        } catch (IOException e) {
            return new Restconf.Response(0, e.getMessage());
        }
    }

    /**
     * Waits until every router holds {@code rules} flowspec routes and the status says every rule is installed on
     * each of them.
     */
    private void awaitEverywhere(final Restconf restconf, final int rules) throws Exception {
        Eventually.await("every rule in every router and installed (last, what is missing)", SETTLE,
            Duration.ofSeconds(1), () -> missing(restconf, rules), String::isEmpty);
    }

    private String missing(final Restconf restconf, final int rules) throws IOException, InterruptedException {
        final int inGobgp = count(gobgpRib());
        final int inBird = count(birdRib());
        final int inFrr = count(frr.vtysh("show bgp ipv4 flowspec"));
        if (inGobgp != rules || inBird != rules || inFrr != rules) {
            return "routes held: gobgpd " + inGobgp + ", BIRD " + inBird + ", FRR " + inFrr + " of " + rules;
        }
        final Restconf.Response status = restconf.get("/data/flowsteer-status:flowspec-status?content=nonconfig");
        // each rule says installed once for itself and once for each of the three routers
        final int installed = status.body().split("\"state\":\"installed\"", -1).length - 1;
        return installed == rules * 4 ? "" : "installed: " + installed + " of " + rules * 4 + " states";
    }

    private String gobgpRib() throws IOException, InterruptedException {
        return gobgp.cli("global", "rib", "-a", "ipv4-flowspec");
    }

    private String birdRib() throws IOException, InterruptedException {
        return bird.birdc("show route table", "flowtab4");
    }

    private static int count(final String rib) {
        final Matcher matcher = DESTINATION.matcher(rib);
        final Set<String> found = new HashSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.size();
    }
}
