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
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.KarafConsole;
import io.flowsteer.it.Restconf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole path on the booted distribution: a router configured through RESTCONF gets a BGP session to a real
 * gobgpd, a rule written through RESTCONF reaches gobgpd's RIB, and the operational datastore says, for that
 * router, that the rule is installed and what it does. A redirect to an indirection-id whose entry is missing is
 * shown as invalid-redirect until the table gets the entry. The RPCs and console commands see the same state. Two
 * rules with the same match give the router one route, the first rule's, until that rule is deleted.
 *
 * <p>This gobgpd is its own (127.0.0.3), so it never meets the in-JVM speaker of
 * {@link GobgpFlowspecIT}; the controller's speaker listens on, and connects from, 127.0.0.1.
 */
@ExtendWith(ControllerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineBgpIT {
    private static final String GOBGP_ADDRESS = "127.0.0.3";
    private static final String SPEAKER_ADDRESS = "127.0.0.1";
    private static final String DEVICE = "/data/flowsteer-devices:devices/device=edge1";
    private static final String SPEAKER = "/data/flowsteer-devices:bgp-speaker";
    private static final String RULES = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final String TABLE = "/data/flowsteer-indirection:indirection-tables/router-table=edge1";
    private static final String STATUS = "/data/flowsteer-status:flowspec-status/rule=";
    private static final String RECEIVED =
        "/data/flowsteer-status:device-status/device=edge1/received-routes?content=nonconfig";

    private static Gobgp gobgp;

    @BeforeAll
    static void startGobgp() throws Exception {
        gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-engine");
    }

    @AfterAll
    static void stopGobgp() {
        if (gobgp != null) {
            gobgp.close();
        }
    }

    @Test
    @Order(1)
    void aConfiguredRouterGetsItsBgpSessionAndTheStatusShowsIt(final Restconf restconf) throws Exception {
        final int listenPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(SPEAKER_ADDRESS), 0));
            listenPort = socket.getLocalPort();
        }
        assertEquals(201, restconf.put(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"router-id\":\"10.255.0.1\","
            + "\"local-as\":" + Gobgp.SPEAKER_AS + ",\"listen-address\":\"" + SPEAKER_ADDRESS + "\","
            + "\"listen-port\":" + listenPort + "}}").status());
        assertEquals(201, restconf.put(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"edge1\","
            + "\"bgp\":{\"peer-address\":\"" + GOBGP_ADDRESS + "\",\"peer-port\":" + gobgp.bgpPort()
            + ",\"peer-as\":" + Gobgp.AS + ",\"hold-time\":30,"
            + "\"address-family\":[\"ipv4-flowspec\",\"ipv6-flowspec\",\"ipv4-unicast\"]},"
            + "\"capability-profile\":{\"built-in\":\"full\"}}]}").status());
        final JsonObject bgp = await(() -> restconf.get(
            "/data/flowsteer-status:device-status/device=edge1/bgp?content=nonconfig"),
            response -> response.status() == 200 && response.body().contains("\"established\""), 90)
            .json().getAsJsonObject().getAsJsonObject("flowsteer-status:bgp");
        assertTrue(bgp.get("negotiated-family").toString().contains("ipv4-flowspec"), bgp.toString());
        assertTrue(bgp.get("negotiated-capability").toString().contains("four-octet-as"), bgp.toString());
    }

    @Test
    @Order(2)
    void aRuleReachesGobgpAndItsStatusOnTheRouterIsInstalled(final Restconf restconf) throws Exception {
        assertEquals(201, restconf.put(RULES + "block-dns-amp", example("rule-block-dns-amp.json")).status());
        final JsonObject line = deviceLine(restconf, "block-dns-amp", "installed");
        assertTrue(effective(line).contains("discard"), "traffic-rate 0 discards (RFC 8955 7.1): " + line);
        final String rib = await(() -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec"),
            text -> text.contains("192.0.2.0/24"), 30);
        assertTrue(rib.contains("192.0.2.0/24") && rib.contains("udp"), rib);
    }

    @Test
    @Order(3)
    void aMissingIndirectionEntryIsAnInvalidRedirectUntilTheTableHasItAndSubscribersAreNotified(
            final Restconf restconf) throws Exception {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (InputStream stream = subscribe(restconf, "invalid-redirect", events)) {
            assertEquals(201, restconf.put(RULES + "to-scrubber", "{\"flowsteer-flowspec:rule\":[{\"name\":"
                + "\"to-scrubber\",\"match\":{\"destination-prefix\":{\"prefix\":\"203.0.113.0/24\"}},"
                + "\"actions\":{\"redirect-to-indirection-id\":{\"indirection-id\":["
                + "{\"id-type\":\"localised-id\",\"id\":100}]}}}]}").status());
            final JsonObject invalid = deviceLine(restconf, "to-scrubber", "invalid-redirect");
            assertTrue(invalid.get("reason").getAsString().contains("100"), invalid.toString());

            // the YANG notification, as a RESTCONF subscriber gets it (RFC 8040 section 6.4)
            final String event = awaitEvents(events, text -> text.contains("to-scrubber")
                && text.contains("(localised-id, 100)"));
            assertTrue(event.contains("invalid-redirect") && event.contains("edge1")
                && event.contains("redirect-to-indirection-id"), event);
        }

        assertEquals(201, restconf.put(TABLE, "{\"flowsteer-indirection:router-table\":[{\"name\":\"edge1\","
            + "\"entry\":[{\"id-type\":\"localised-id\",\"id\":100,\"next-hop\":[\"10.0.0.9\"]}]}]}")
            .status());
        final JsonObject installed = deviceLine(restconf, "to-scrubber", "installed");
        assertTrue(effective(installed).contains("10.0.0.9"), installed.toString());
    }

    @Test
    @Order(4)
    void aRedirectToIpResolvesThroughTheRoutesTheRouterSentAndThoseRoutesAreShown(final Restconf restconf)
            throws Exception {
        assertEquals(201, restconf.put(RULES + "via-learned", "{\"flowsteer-flowspec:rule\":[{\"name\":"
            + "\"via-learned\",\"match\":{\"destination-prefix\":{\"prefix\":\"198.51.100.0/24\"}},"
            + "\"actions\":{\"redirect-to-ip\":{\"target\":[{\"address\":\"10.99.0.5\"}]}}}]}").status());
        final JsonObject unresolved = deviceLine(restconf, "via-learned", "invalid-redirect");
        assertTrue(unresolved.get("reason").getAsString().contains("10.99.0.5"), unresolved.toString());

        // the router (gobgpd) announces a unicast route covering the redirect address, and a flowspec route of its own
        gobgp.cli("global", "rib", "add", "-a", "ipv4", "10.99.0.0/24", "nexthop", "10.0.0.77");
        gobgp.cli("global", "rib", "add", "-a", "ipv4-flowspec", "match", "destination", "10.99.0.0/25", "then",
            "discard");
        try {
            final JsonObject resolved = deviceLine(restconf, "via-learned", "installed");
            assertTrue(effective(resolved).contains("10.99.0.5"), resolved.toString());
            final String received = await(() -> restconf.get(RECEIVED),
                response -> response.status() == 200 && response.body().contains("10.99.0.0/24")
                    && response.body().contains("10.99.0.0/25"), 30).body();
            final JsonObject routes = JsonParser.parseString(received).getAsJsonObject()
                .getAsJsonObject("flowsteer-status:received-routes");
            final JsonObject unicast = routes.getAsJsonArray("unicast").get(0).getAsJsonObject();
            assertEquals("10.99.0.0/24", unicast.get("prefix").getAsString(), received);
            final JsonObject flowspec = routes.getAsJsonArray("flowspec").get(0).getAsJsonObject();
            assertTrue(flowspec.get("decoded").getAsString().contains("10.99.0.0/25"), received);
            // RFC 8955 section 6: originated by the same AS as the best unicast route for its destination
            assertTrue(flowspec.get("feasible").getAsBoolean(), received);
        } finally {
            gobgp.cli("global", "rib", "del", "-a", "ipv4-flowspec", "match", "destination", "10.99.0.0/25", "then",
                "discard");
            gobgp.cli("global", "rib", "del", "-a", "ipv4", "10.99.0.0/24");
        }
        // the route is gone, so is the redirect's resolution
        deviceLine(restconf, "via-learned", "invalid-redirect");
        await(() -> restconf.get(RECEIVED), response -> !response.body().contains("10.99.0.0/24"), 30);
        assertEquals(204, restconf.delete(RULES + "via-learned").status());
    }

    @Test
    @Order(5)
    void explainPacketNamesTheRuleThatAppliesOnTheRouter(final Restconf restconf) throws Exception {
        final var response = restconf.post("/operations/flowsteer-status:explain-packet",
            "{\"input\":{\"device\":\"edge1\",\"source\":\"198.51.100.7\",\"destination\":\"192.0.2.10\","
                + "\"protocol\":17,\"source-port\":53,\"destination-port\":40000,\"length\":1200}}");
        assertEquals(200, response.status(), response.body());
        final JsonObject output = response.json().getAsJsonObject().getAsJsonObject("flowsteer-status:output");
        assertEquals("block-dns-amp", output.get("matched-rule").getAsString(), output.toString());

        final var miss = restconf.post("/operations/flowsteer-status:explain-packet",
            "{\"input\":{\"device\":\"edge1\",\"source\":\"198.51.100.7\",\"destination\":\"192.0.2.10\","
                + "\"protocol\":6,\"source-port\":53,\"destination-port\":443,\"length\":1200}}");
        assertTrue(miss.body().contains("forwarded normally"), miss.body());
    }

    @Test
    @Order(6)
    void previewRuleResolvesARuleThatIsNotConfiguredAndStoresNothing(final Restconf restconf) throws Exception {
        final var response = restconf.post("/operations/flowsteer-status:preview-rule",
            "{\"input\":{\"rule\":{\"name\":\"what-if\",\"match\":{\"destination-prefix\":"
                + "{\"prefix\":\"192.0.2.128/25\"}},\"actions\":{\"traffic-marking\":{\"dscp\":10}}}}}");
        assertEquals(200, response.status(), response.body());
        final String body = response.body();
        assertTrue(body.contains("\"order-index\":0"), "a /25 goes before the /24: " + body);
        assertTrue(body.contains("\"on-device\":[") && body.contains("\"name\":\"edge1\"")
            && body.contains("installed"), body);
        // restconf-nb 7.0.7 answers a missing resource with 409 data-missing
        assertEquals(409, restconf.get(RULES + "what-if").status());

        final var refused = restconf.post("/operations/flowsteer-status:preview-rule",
            "{\"input\":{\"rule\":{\"name\":\"bad\",\"address-family\":\"ipv4\",\"match\":{\"flow-label\":"
                + "{\"term\":[{\"id\":0,\"value\":5}]}}}}}");
        assertTrue(refused.body().contains("validation-error") && refused.body().contains("flow-label"),
            refused.body());
    }

    @Test
    @Order(7)
    void theConsoleShowsRoutersAndOneRuleWithItsVerdict(final KarafConsole console) throws Exception {
        final String routers = console.run("flowsteer:routers");
        assertTrue(routers.lines().anyMatch(line -> line.startsWith("edge1") && line.contains("established")),
            routers);
        final String rule = console.run("flowsteer:rule block-dns-amp");
        assertTrue(rule.contains("router        edge1: installed"), rule);
        // Karaf parses options before arguments
        final String explain = console.run("flowsteer:explain -p 17 --sport 53 --length 1200 edge1 198.51.100.7"
            + " 192.0.2.10");
        assertTrue(explain.contains("block-dns-amp"), explain);
    }

    @Test
    @Order(8)
    void aSecondRuleWithTheSameMatchIsRejectedOnTheRouterNamingTheOneItGets(final Restconf restconf)
            throws Exception {
        // the same flow, rate-limited instead of dropped: the router can hold only one route for it
        assertEquals(201, restconf.put(RULES + "twin-dns-amp", example("rule-block-dns-amp.json")
            .replace("block-dns-amp", "twin-dns-amp").replace("\"rate\": \"0\"", "\"rate\": \"125000\""))
            .status());
        final JsonObject twin = deviceLine(restconf, "twin-dns-amp", "rejected");
        assertTrue(twin.get("reason").getAsString().startsWith("rule block-dns-amp has the same match"),
            twin.toString());
        final String rib = gobgp.cli("global", "rib", "-a", "ipv4-flowspec");
        assertTrue(rib.contains("192.0.2.0/24") && rib.contains("discard"), rib);
    }

    @Test
    @Order(9)
    void deletingTheRuleGivesTheRouterItsTwinAndDeletingTheTwinWithdrawsTheRoute(final Restconf restconf)
            throws Exception {
        assertEquals(204, restconf.delete(RULES + "block-dns-amp").status());
        deviceLine(restconf, "twin-dns-amp", "installed");
        await(() -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec"),
            text -> text.contains("192.0.2.0/24") && !text.contains("discard") && text.contains("rate"), 30);

        assertEquals(204, restconf.delete(RULES + "twin-dns-amp").status());
        await(() -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec"), text -> !text.contains("192.0.2.0/24"), 30);
        await(() -> restconf.get(STATUS + "twin-dns-amp?content=nonconfig"), response -> response.status() == 409,
            30);
    }

    @Test
    @Order(10)
    void codePointsApplyLiveAndOneThatCollidesIsRefusedNamingTheLeaf(final Restconf restconf) throws Exception {
        final var refused = restconf.patch(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"code-points\":"
            + "{\"action-chain-ordering-sub-type\":6}}}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("action-chain-ordering-sub-type")
            && refused.body().contains("traffic-rate-bytes"), refused.body());

        // an FSv2 rule with an action chain ordering community: its encoding follows the ACO sub-type
        assertEquals(201, restconf.put(RULES + "with-aco", "{\"flowsteer-flowspec:rule\":[{\"name\":\"with-aco\","
            + "\"version\":\"fsv2\",\"match\":{\"destination-prefix\":{\"prefix\":\"192.0.2.64/26\"}},"
            + "\"actions\":{\"traffic-marking\":{\"dscp\":10},"
            + "\"action-chain-ordering\":{\"failure\":\"continue-on-failure\"}}}]}").status());
        await(() -> restconf.get(STATUS + "with-aco?content=nonconfig"),
            response -> response.status() == 200 && response.body().contains("\"80f0"), 30);
        final var changed = restconf.patch(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"code-points\":"
            + "{\"action-chain-ordering-sub-type\":65}}}");
        assertTrue(changed.status() == 200 || changed.status() == 204, changed.body());
        await(() -> restconf.get(STATUS + "with-aco?content=nonconfig"),
            response -> response.body().contains("\"8041") && !response.body().contains("\"80f0"), 30);

        assertEquals(204, restconf.delete(RULES + "with-aco").status());
        final var back = restconf.patch(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"code-points\":"
            + "{\"action-chain-ordering-sub-type\":240}}}");
        assertTrue(back.status() == 200 || back.status() == 204, back.body());
        // the session to the router stayed up through both changes
        assertTrue(gobgp.cli("neighbor").contains("Establ"));
    }

    @Test
    @Order(11)
    void deletingTheRemainingRuleAndTheRouterRemovesTheirStatusAndEndsTheSession(final Restconf restconf)
            throws Exception {
        assertEquals(204, restconf.delete(RULES + "to-scrubber").status());
        await(() -> gobgp.cli("global", "rib", "-a", "ipv4-flowspec"), text -> !text.contains("203.0.113.0/24"),
            30);
        assertEquals(204, restconf.delete(TABLE).status());
        assertEquals(204, restconf.delete(DEVICE).status());
        await(() -> restconf.get("/data/flowsteer-status:device-status/device=edge1?content=nonconfig"),
            response -> response.status() == 409, 30);
        await(() -> gobgp.cli("neighbor"), text -> !text.contains("Establ"), 30);
        assertEquals(204, restconf.delete(SPEAKER).status());
    }

    /**
     * Subscribes to one of Flowsteer's YANG notifications through RESTCONF: sal-remote's create-notification-stream,
     * the stream's location from restconf-state (RFC 8040 section 9.3), then its server-sent events, each line
     * queued by a reader thread.
     *
     * <p>restconf-nb 7.0.7 creates the stream but then fails to encode the RPC's output (its stream-name leaf is
     * looked up under the wrong output container), answering 500; the stream is found by its description instead.
     */
    private static InputStream subscribe(final Restconf restconf, final String notification,
            final BlockingQueue<String> lines) throws Exception {
        final var created = restconf.post("/operations/sal-remote:create-notification-stream",
            "{\"input\":{\"notifications\":[\"(urn:flowsteer:yang:status?revision=2026-11-25)" + notification
                + "\"]}}");
        assertTrue(created.status() == 200 || created.status() == 500, created.body());
        final var streams = restconf.get("/data/ietf-restconf-monitoring:restconf-state/streams?content=nonconfig");
        assertEquals(200, streams.status(), streams.body());
        String location = null;
        for (JsonElement element : streams.json().getAsJsonObject()
                .getAsJsonObject("ietf-restconf-monitoring:streams").getAsJsonArray("stream")) {
            final JsonObject stream = element.getAsJsonObject();
            if (stream.has("description")
                    && stream.get("description").getAsString().contains("flowsteer-status:" + notification)) {
                for (JsonElement access : stream.getAsJsonArray("access")) {
                    if ("json".equals(access.getAsJsonObject().get("encoding").getAsString())) {
                        location = access.getAsJsonObject().get("location").getAsString();
                    }
                }
            }
        }
        assertNotNull(location, "no JSON stream for " + notification + " in " + streams.body());
        final InputStream stream = restconf.openEventStream(location);
        final Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("closed: " + e.getMessage());
            }
        }, "sse-" + notification);
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    /**
     * Waits until what the stream sent so far (an event may span several {@code data:} lines) satisfies the test.
     */
    private static String awaitEvents(final BlockingQueue<String> lines, final Predicate<String> wanted)
            throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        final StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            final String line = lines.poll(500, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (wanted.test(seen.toString())) {
                    return seen.toString();
                }
            }
        }
        throw new AssertionError("no such event within 30 s; seen: " + seen);
    }

    private static JsonObject deviceLine(final Restconf restconf, final String rule, final String state)
            throws Exception {
        final var response = await(() -> restconf.get(STATUS + rule + "/on-device=edge1?content=nonconfig"),
            r -> r.status() == 200 && r.body().contains("\"state\":\"" + state + "\""), 60);
        final JsonElement json = response.json();
        return json.getAsJsonObject().getAsJsonArray("flowsteer-status:on-device").get(0).getAsJsonObject();
    }

    private static String effective(final JsonObject line) {
        return line.has("effective-action") ? line.get("effective-action").getAsString() : "";
    }

    private static String example(final String name) throws IOException {
        return Files.readString(Paths.get("../docs/examples", name), StandardCharsets.UTF_8);
    }

    private static <T> T await(final Eventually.Probe<T, Exception> probe, final Predicate<T> done,
            final int seconds) throws Exception {
        return Eventually.await("the expected answer", Duration.ofSeconds(seconds), Duration.ofMillis(500), probe,
            done);
    }
}
