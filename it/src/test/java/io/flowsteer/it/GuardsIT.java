/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 through RESTCONF on the booted distribution: a rule that would discard a router's own address, or
 * rate-limit too wide a destination, is refused with 400 naming the rule, the prefix and {@code force}, and is not
 * stored; with {@code force} it is stored; an operator's protected prefix is guarded the same way; and a router
 * with a rule limit rejects exactly the rules past it (reason code {@code router-rule-limit}) until a deletion
 * frees a place; a dry run of a batch ({@code preview-rule}) says so beforehand and stores nothing.
 */
@ExtendWith(ControllerExtension.class)
class GuardsIT {
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(60);
    private static final String DEVICE = "/data/flowsteer-devices:devices/device=guards-r1";
    private static final String RULES = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final String STATUS = "/data/flowsteer-status:flowspec-status/rule=";
    private static final String GUARDS = "/data/flowsteer-flowspec:guards";

    @Test
    void theGuardsRefuseNamingRulePrefixAndForceAndForceOverrides(final Restconf restconf) throws Exception {
        putRouter(restconf, 1000);
        try {
            final var refused = restconf.put(RULES + "guards-drop-router", discard("guards-drop-router",
                "192.0.2.192/26", false));
            assertEquals(400, refused.status(), refused.body());
            final String message = errorMessage(refused);
            assertTrue(message.contains("rule guards-drop-router") && message.contains("192.0.2.201/32")
                && message.contains("the BGP peer address of router guards-r1") && message.contains("force"),
                message);
            assertEquals(409, restconf.get(RULES + "guards-drop-router?content=config").status(),
                "a refused rule is not stored");

            final var forced = restconf.put(RULES + "guards-drop-router", discard("guards-drop-router",
                "192.0.2.192/26", true));
            assertEquals(201, forced.status(), forced.body());
            assertTrue(restconf.get(RULES + "guards-drop-router?content=config").body().contains("\"force\":true"));

            final var wide = restconf.put(RULES + "guards-wide", "{\"flowsteer-flowspec:rule\":[{\"name\":"
                + "\"guards-wide\",\"device\":[\"guards-r1\"],\"match\":{\"destination-prefix\":{\"prefix\":"
                + "\"10.0.0.0/7\"}},\"actions\":{\"traffic-rate-packets\":{\"rate\":\"1000\"}}}]}");
            assertEquals(400, wide.status(), wide.body());
            final String wideMessage = errorMessage(wide);
            assertTrue(wideMessage.contains("rule guards-wide") && wideMessage.contains("10.0.0.0/7")
                && wideMessage.contains("guards/blast-radius") && wideMessage.contains("force"), wideMessage);

            assertEquals(201, restconf.put(GUARDS, "{\"flowsteer-flowspec:guards\":{\"protected-prefix\":["
                + "{\"prefix\":\"198.51.100.53/32\",\"description\":\"DNS resolvers\"}]}}").status());
            // the guards apply once Flowsteer has read them, a moment after the write
            final Restconf.Response dns = Eventually.await("the protected prefix in force", STATUS_TIMEOUT,
                Duration.ofMillis(200), () -> {
                    final var put = restconf.put(RULES + "guards-drop-dns", discard("guards-drop-dns",
                        "198.51.100.0/24", false));
                    if (put.status() != 400) {
                        restconf.delete(RULES + "guards-drop-dns");
                    }
                    return put;
                }, put -> put.status() == 400);
            assertTrue(errorMessage(dns).contains("rule guards-drop-dns") && errorMessage(dns).contains(
                "198.51.100.53/32 (DNS resolvers, guards/protected-prefix)") && errorMessage(dns).contains("force"),
                dns.body());
            assertEquals(409, restconf.get(RULES + "guards-drop-dns?content=config").status());
        } finally {
            restconf.delete(GUARDS);
            for (String rule : List.of("guards-drop-router", "guards-wide", "guards-drop-dns")) {
                restconf.delete(RULES + rule);
            }
            restconf.delete(DEVICE);
        }
    }

    @Test
    void rulesPastARoutersLimitAreRejectedUntilADeletionFreesAPlace(final Restconf restconf) throws Exception {
        putRouter(restconf, 2);
        final List<String> rules = List.of("guards-l1", "guards-l2", "guards-l3");
        try {
            for (int i = 0; i < rules.size(); i++) {
                final String rule = rules.get(i);
                final var put = restconf.put(RULES + rule, discard(rule, "203.0.113." + (i * 8) + "/29", false));
                assertEquals(201, put.status(), put.body());
                // one at a time, so that they are accepted in this order
                onDevice(restconf, rule, line -> line != null);
            }
            for (String within : List.of("guards-l1", "guards-l2")) {
                final JsonObject line = onDevice(restconf, within, status -> status != null);
                assertEquals("pending", line.get("state").getAsString(), line.toString());
            }
            final JsonObject third = onDevice(restconf, "guards-l3",
                line -> line != null && "rejected".equals(line.get("state").getAsString()));
            assertTrue(third.get("reason-code").getAsString().endsWith("router-rule-limit"), third.toString());
            assertTrue(third.get("reason").getAsString().startsWith("the router holds at most 2 flowspec rules"),
                third.toString());
            assertEquals("1", ruleLimit(restconf, "1").get("rules-over-limit").getAsString());

            // a dry run of two more rules: one past the limit, one a commit would refuse
            final var dryRun = restconf.post("/operations/flowsteer-status:preview-rule", "{\"input\":{\"batch\":"
                + "{\"rule\":[" + rule("guards-l4", "203.0.113.24/29", false) + ","
                + rule("guards-near-router", "192.0.2.192/26", false) + "]}}}");
            assertEquals(200, dryRun.status(), dryRun.body());
            final JsonObject batch = dryRun.json().getAsJsonObject().getAsJsonObject("flowsteer-status:output")
                .getAsJsonObject("batch");
            final JsonObject refused = batch.getAsJsonArray("refused").get(0).getAsJsonObject();
            assertEquals("guards-near-router", refused.get("name").getAsString(), batch.toString());
            assertTrue(refused.getAsJsonArray("error").get(0).getAsString().contains("192.0.2.201/32"),
                batch.toString());
            final JsonObject verdict = batch.getAsJsonArray("on-device").get(0).getAsJsonObject()
                .getAsJsonArray("rule-verdict").get(0).getAsJsonObject();
            assertEquals("guards-l4", verdict.get("name").getAsString(), batch.toString());
            assertEquals("rejected", verdict.get("state").getAsString(), batch.toString());
            assertTrue(verdict.get("reason-code").getAsString().endsWith("router-rule-limit"), batch.toString());
            assertEquals(409, restconf.get(RULES + "guards-l4?content=config").status(), "a dry run stores nothing");

            assertEquals(204, restconf.delete(RULES + "guards-l1").status());
            final JsonObject promoted = onDevice(restconf, "guards-l3",
                line -> line != null && "pending".equals(line.get("state").getAsString()));
            assertTrue(promoted.get("reason-code").getAsString().endsWith("session-down"), promoted.toString());
            assertEquals("2", ruleLimit(restconf, "0").get("rules-within-limit").getAsString());
        } finally {
            for (String rule : rules) {
                restconf.delete(RULES + rule);
            }
            restconf.delete(DEVICE);
        }
    }

    /**
     * A passive router that never connects: its rules stay pending (session-down), which is all a limit needs.
     */
    private static void putRouter(final Restconf restconf, final int limit) throws Exception {
        final var put = restconf.put(DEVICE, "{\"flowsteer-devices:device\":[{\"name\":\"guards-r1\",\"bgp\":{"
            + "\"peer-address\":\"192.0.2.201\",\"peer-as\":65201,\"passive\":true},\"capability-profile\":{"
            + "\"max-flowspec-rules\":" + limit + "}}]}");
        assertEquals(201, put.status(), put.body());
    }

    private static String discard(final String name, final String prefix, final boolean force) {
        return "{\"flowsteer-flowspec:rule\":[" + rule(name, prefix, force) + "]}";
    }

    private static String rule(final String name, final String prefix, final boolean force) {
        return "{\"name\":\"" + name + "\",\"device\":[\"guards-r1\"]," + (force ? "\"force\":true," : "")
            + "\"match\":{\"destination-prefix\":{\"prefix\":\"" + prefix + "\"}},\"actions\":{"
            + "\"traffic-rate-bytes\":{\"rate\":\"0\"}}}";
    }

    private static JsonObject onDevice(final Restconf restconf, final String rule,
            final java.util.function.Predicate<JsonObject> done) throws Exception {
        return Eventually.await("the status of " + rule + " on guards-r1", STATUS_TIMEOUT, Duration.ofMillis(200),
            () -> {
                final var response = restconf.get(STATUS + rule + "/on-device=guards-r1?content=nonconfig");
                return response.status() == 200 ? response.json().getAsJsonObject()
                    .getAsJsonArray("flowsteer-status:on-device").get(0).getAsJsonObject() : null;
            }, done);
    }

    private static JsonObject ruleLimit(final Restconf restconf, final String over) throws Exception {
        return Eventually.await("guards-r1's rule-limit with " + over + " over", STATUS_TIMEOUT,
            Duration.ofMillis(200), () -> {
                final var response = restconf.get(
                    "/data/flowsteer-status:device-status/device=guards-r1/rule-limit?content=nonconfig");
                return response.status() == 200 ? response.json().getAsJsonObject()
                    .getAsJsonObject("flowsteer-status:rule-limit") : null;
            }, limit -> limit != null && over.equals(limit.get("rules-over-limit").getAsString()));
    }

    private static String errorMessage(final Restconf.Response response) {
        final JsonObject body = response.json().getAsJsonObject();
        return body.getAsJsonObject(body.has("errors") ? "errors" : "ietf-restconf:errors")
            .getAsJsonArray("error").get(0).getAsJsonObject().get("error-message").getAsString();
    }
}
