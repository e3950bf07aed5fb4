/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.flowsteer.it.Controller;
import io.flowsteer.it.Controller.Stop;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.KarafConsole;
import io.flowsteer.it.LogTail;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.RibWatch;
import io.flowsteer.it.bgp.Gobgp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A controller restarted with its data kept comes back, every time: the booted distribution is stopped (gracefully,
 * or with SIGKILL as a crash would) and started again five times. Each time RESTCONF answers with the stored rules
 * within the boot goal, every rule is installed again on a gobgpd router (its RIB holds every route, and, with
 * graceful restart, never lost one while the controller was away, polled every 100 ms), the BGP session is
 * re-established, and the NETCONF router, which still holds its table, is read back and left alone:
 * nothing is pushed that it already has.
 */
@ExtendWith({ ControllerExtension.class, RoutersExtension.class })
class RestartIT {
    private static final Logger LOG = LoggerFactory.getLogger(RestartIT.class);
    private static final int RESTARTS = 5;
    /** From the start of the process until RESTCONF answers with Flowsteer's models, on a 2-core machine. */
    private static final Duration BOOT_GOAL = Duration.ofSeconds(Long.getLong("flowsteer.it.boot-goal", 120));
    /** From RESTCONF answering until every status is final again. */
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final String SPEAKER_ADDRESS = "127.0.0.1";
    private static final String GOBGP_ADDRESS = "127.0.0.8";
    private static final String BGP_ROUTER = "restart-edge";
    private static final String NETCONF_ROUTER = "restart-pe";
    private static final int ROUTER_INDEX = 55;
    private static final int RULES = 10;
    private static final String SPEAKER = "/data/flowsteer-devices:bgp-speaker";
    private static final String DEVICES = "/data/flowsteer-devices:devices/device=";
    private static final String TABLE = "/data/flowsteer-indirection:indirection-tables/router-table=" + NETCONF_ROUTER;
    private static final String RULE = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final String STATUS = "/data/flowsteer-status:flowspec-status/rule=";
    private static final String DEVICE_STATUS = "/data/flowsteer-status:device-status/device=";

    @Test
    void everyRestartWithDataKeptRestoresRulesStatusSessionsAndLeavesTheRoutersTablesAlone(
            final Controller controller, final Restconf restconf, final KarafConsole console, final Testtool routers)
            throws Exception {
        final int netconfPort = routers.port(ROUTER_INDEX);
        final List<String> rules = IntStream.rangeClosed(1, RULES).mapToObj(i -> "restart-" + i).toList();
        try (Gobgp gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-restart")) {
            // AAA-286: commons-logging 1.3.1 breaks AAA's Shiro on a warm start; pax-logging-api is the only provider
            final String bundles = console.run("bundle:list -s -t 0");
            assertFalse(bundles.contains("org.apache.commons.commons-logging"), bundles);
            assertTrue(bundles.contains("io.flowsteer.watchdog"), bundles);
            final boolean speakerCreated = configure(restconf, gobgp, netconfPort, rules);
            try {
                awaitEverythingInPlace(restconf, gobgp, rules, false);
                final SortedMap<String, String> table = RawNetconf.table(netconfPort);
                assertEquals(2, table.size(), table.toString());

                final List<String> boots = new ArrayList<>();
                for (int restart = 1; restart <= RESTARTS; restart++) {
                    if (restart == RESTARTS) {
                        // the restart that follows brings AAA back whatever this leaves behind
                        theWatchdogRestartsAaasPasswordListenerWhenTheHashServiceIsMissing(console, controller);
                    }
                    final Stop how = restart % 2 == 0 ? Stop.KILL : Stop.GRACEFUL;
                    final Duration boot;
                    // graceful restart (RFC 4724): gobgpd keeps every rule while the controller is away
                    try (RibWatch watch = new RibWatch(() -> routesHeld(gobgp, rules.size()))) {
                        boot = controller.restart(how);
                        awaitEverythingInPlace(restconf, gobgp, rules, true);
                        assertEquals(rules.size(), watch.fewest(), "restart " + restart + " (" + how + "): gobgpd"
                            + " lost rules while the controller was away (polled " + watch.polls() + " times)");
                    }
                    boots.add(how + " " + boot.toMillis() + " ms");
                    LOG.info("Restart {} ({}): RESTCONF answered after {} ms", restart, how, boot.toMillis());
                    assertTrue(boot.compareTo(BOOT_GOAL) <= 0, "restart " + restart + " (" + how + ") took " + boot
                        + ", the goal is " + BOOT_GOAL);

                    // the stored rules are there as soon as RESTCONF answers
                    final String stored = restconf.get("/data/flowsteer-flowspec:flowspec?content=config").body();
                    for (String rule : rules) {
                        assertTrue(stored.contains("\"" + rule + "\""), "restart " + restart + ": " + rule
                            + " is not in the configuration: " + stored);
                    }
                    assertEquals(table, RawNetconf.table(netconfPort), "restart " + restart
                        + ": the router's table changed");
                }
                LOG.info("Restarts with data kept: {}", boots);
            } finally {
                for (String rule : rules) {
                    restconf.delete(RULE + rule);
                }
                restconf.delete(TABLE);
                restconf.delete(DEVICES + NETCONF_ROUTER);
                restconf.delete(DEVICES + BGP_ROUTER);
                if (speakerCreated) {
                    restconf.delete(SPEAKER);
                }
            }
        }
    }

    /**
     * The start-up watchdog against the real Declarative Services runtime and AAA: with AAA's hash service component
     * disabled, its configuration listener is active without producing the service, as after the AAA-281 race. The
     * watchdog restarts the listener after its grace period (AAA itself logs that it stopped and started listening
     * again) and says so; once the service is back, it says that too.
     */
    private static void theWatchdogRestartsAaasPasswordListenerWhenTheHashServiceIsMissing(
            final KarafConsole console, final Controller controller) throws Exception {
        final String hashService = "org.opendaylight.aaa.impl.password.service.OSGiPasswordHashService";
        final LogTail log = controller.logTail();
        console.run("scr:disable " + hashService);
        try {
            // not necessarily attempt 1: the boot itself may have met the AAA-281 race, and the watchdog already
            // restarted the listener once before this check began
            awaitLog(log, "the watchdog restarting AAA's listener and AAA listening again", tail -> {
                final int restarted = tail.indexOf("Restarting the listener (attempt ");
                return restarted >= 0 && tail.indexOf("Listening for password service configuration", restarted) > 0;
            });
        } finally {
            // whatever the outcome, AAA gets its hash service back: without it RESTCONF cannot log anyone in, and the
            // clean-up would fail with timeouts that hide this check's own failure
            console.run("scr:enable " + hashService);
        }
        final String up = "AAA's password service is up after restarting its configuration listener";
        awaitLog(log, "the log saying '" + up + "'", tail -> tail.contains(up));
    }

    private static void awaitLog(final LogTail log, final String what, final Predicate<String> seen)
            throws Exception {
        Eventually.await(what, Duration.ofSeconds(120), Duration.ofSeconds(1), log::text, seen);
    }

    /**
     * Configures the speaker (unless another test left one), a gobgpd router, a NETCONF router with a two-entry
     * table, and rules for the gobgpd router.
     *
     * @return whether this test created the speaker
     */
    private static boolean configure(final Restconf restconf, final Gobgp gobgp, final int netconfPort,
            final List<String> rules) throws Exception {
        final int listenPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(SPEAKER_ADDRESS), 0));
            listenPort = socket.getLocalPort();
        }
        final var speaker = restconf.get(SPEAKER + "?content=config");
        final boolean created = speaker.status() != 200;
        if (created) {
            assertEquals(201, restconf.put(SPEAKER, "{\"flowsteer-devices:bgp-speaker\":{\"router-id\":"
                + "\"10.255.0.1\",\"local-as\":" + Gobgp.SPEAKER_AS + ",\"listen-address\":\"" + SPEAKER_ADDRESS
                + "\",\"listen-port\":" + listenPort + "}}").status());
        }
        assertEquals(201, restconf.put(DEVICES + BGP_ROUTER, "{\"flowsteer-devices:device\":[{\"name\":\""
            + BGP_ROUTER + "\",\"bgp\":{\"peer-address\":\"" + GOBGP_ADDRESS + "\",\"peer-port\":" + gobgp.bgpPort()
            + ",\"peer-as\":" + Gobgp.AS + ",\"hold-time\":30,\"address-family\":[\"ipv4-flowspec\"]},"
            + "\"capability-profile\":{\"built-in\":\"full\"}}]}").status());
        assertEquals(201, restconf.put(DEVICES + NETCONF_ROUTER, "{\"flowsteer-devices:device\":[{\"name\":\""
            + NETCONF_ROUTER + "\",\"netconf\":{\"host\":\"127.0.0.1\",\"port\":" + netconfPort + ",\"username\":\""
            + Testtool.USER + "\",\"password\":\"" + Testtool.PASSWORD + "\"}}]}").status());
        assertEquals(201, restconf.put(TABLE, "{\"flowsteer-indirection:router-table\":[{\"name\":\"" + NETCONF_ROUTER
            + "\",\"entry\":[{\"id-type\":\"localised-id\",\"id\":700,\"next-hop\":[\"10.0.7.1\"]},"
            + "{\"id-type\":\"localised-id\",\"id\":701,\"next-hop\":[\"10.0.7.2\"]}]}]}").status());
        for (int i = 0; i < rules.size(); i++) {
            assertEquals(201, restconf.put(RULE + rules.get(i), "{\"flowsteer-flowspec:rule\":[{\"name\":\""
                + rules.get(i) + "\",\"version\":\"fsv1\",\"address-family\":\"ipv4\",\"device\":[\"" + BGP_ROUTER
                + "\"],\"match\":{\"destination-prefix\":{\"prefix\":\"198.51.100." + (i * 8) + "/29\"}},"
                + "\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}]}").status());
        }
        return created;
    }

    /**
     * Waits until the BGP session is established, every rule is installed on the gobgpd router and its RIB holds
     * every route, and the NETCONF router's last push succeeded; after a restart that push must have changed
     * nothing.
     */
    private static void awaitEverythingInPlace(final Restconf restconf, final Gobgp gobgp, final List<String> rules,
            final boolean restarted) throws Exception {
        Eventually.await("everything back in place (last, what is missing)", SETTLE, Duration.ofMillis(500),
            () -> missing(restconf, gobgp, rules, restarted), String::isEmpty);
    }

    private static int routesHeld(final Gobgp gobgp, final int rules) throws IOException, InterruptedException {
        final String rib = gobgp.cli("global", "rib", "-a", "ipv4-flowspec");
        return (int) IntStream.range(0, rules).filter(i -> rib.contains("198.51.100." + (i * 8) + "/29")).count();
    }

    private static String missing(final Restconf restconf, final Gobgp gobgp, final List<String> rules,
            final boolean restarted) throws Exception {
        final var bgp = restconf.get(DEVICE_STATUS + BGP_ROUTER + "/bgp?content=nonconfig");
        if (bgp.status() != 200 || !bgp.body().contains("\"established\"")) {
            return "BGP session to " + BGP_ROUTER + ": " + bgp.body();
        }
        for (String rule : rules) {
            final var line = restconf.get(STATUS + rule + "/on-device=" + BGP_ROUTER + "?content=nonconfig");
            if (line.status() != 200 || !line.body().contains("\"state\":\"installed\"")) {
                return rule + " on " + BGP_ROUTER + ": " + line.body();
            }
        }
        final String rib = gobgp.cli("global", "rib", "-a", "ipv4-flowspec");
        for (int i = 0; i < rules.size(); i++) {
            if (!rib.contains("198.51.100." + (i * 8) + "/29")) {
                return "route of " + rules.get(i) + " in gobgpd's RIB: " + rib;
            }
        }
        final var netconf = restconf.get(DEVICE_STATUS + NETCONF_ROUTER + "/netconf?content=nonconfig");
        if (netconf.status() != 200) {
            return "NETCONF status of " + NETCONF_ROUTER + ": " + netconf.body();
        }
        final JsonObject status = netconf.json().getAsJsonObject().getAsJsonObject("flowsteer-status:netconf");
        if (!status.has("last-push-result") || !"ok".equals(status.get("last-push-result").getAsString())) {
            return "last push to " + NETCONF_ROUTER + ": " + status;
        }
        // before the restarts, the push that brought both entries; after each, one that found them in place and
        // sent nothing
        final int changes = restarted ? 0 : 2;
        if (!status.has("last-push-changes") || status.get("last-push-changes").getAsInt() != changes) {
            return "last push to " + NETCONF_ROUTER + " should have changed " + changes + " entries: " + status;
        }
        return "";
    }
}
