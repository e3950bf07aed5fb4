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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind RESTCONF on the booted distribution, with the requests of docs/examples: a rule that YANG
 * accepts but Flowsteer cannot render is refused by the commit cohort, with a message naming the rule and the
 * field, and nothing is stored; a valid rule's status shows its NLRI and community encodings and its order index.
 */
@ExtendWith(ControllerExtension.class)
class RuleCompilationIT {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompilationIT.class);
    /**
     * restconf-nb 7.0.7 reports every commit-time refusal as operation-failed, HTTP 500; Flowsteer's RESTCONF front
     * door turns the ones Flowsteer refused into 400 invalid-value with Flowsteer's message.
     */
    private static final int COMMIT_REFUSED = 400;
    private static final Path EXAMPLES = Paths.get("../docs/examples");
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(60);
    private static final String RULES = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final String STATUS = "/data/flowsteer-status:flowspec-status/rule=";

    @Test
    void anIpv6OffsetNotBelowThePrefixLengthIsRefusedNamingTheRuleAndTheField(final Restconf restconf)
            throws Exception {
        final var refused = restconf.put(RULES + "block-dns-v6", example("rule-bad-ipv6-offset.json"));
        LOG.info("RESTCONF refused block-dns-v6 with {}: {}", refused.status(), refused.body());
        assertEquals(COMMIT_REFUSED, refused.status(), refused.body());
        assertTrue(errorText(refused).contains(
            "rule block-dns-v6: match/destination-prefix/offset 64 is not below the prefix length 48"),
            refused.body());
        assertNothingStored(restconf, "block-dns-v6");
    }

    @Test
    void aFlowLabelOnAnIpv4RuleIsRefusedNamingTheRuleAndTheField(final Restconf restconf) throws Exception {
        final var refused = restconf.put(RULES + "label-on-v4", example("rule-bad-flow-label-ipv4.json"));
        assertEquals(COMMIT_REFUSED, refused.status(), refused.body());
        assertTrue(errorText(refused).contains("rule label-on-v4: match/flow-label is only defined for IPv6 rules"),
            refused.body());
        assertNothingStored(restconf, "label-on-v4");
    }

    @Test
    void aValidRuleShowsItsEncodingsAndOrderKey(final Restconf restconf) throws Exception {
        final var created = restconf.put(RULES + "copy-dns-v6", example("rule-redirect-copy-v6.json"));
        assertEquals(201, created.status(), created.body());
        final JsonObject status = awaitStatus(restconf, "copy-dns-v6");
        assertEquals("pending", status.get("state").getAsString(), status.toString());
        assertEquals("0f01300020010db80000038111068135", status.get("nlri").getAsString(), status.toString());
        final JsonArray communities = status.getAsJsonArray("extended-community");
        assertEquals(List.of("000c20010db8ffff000000000000000000010001"),
            List.of(communities.get(0).getAsString()), status.toString());
        assertTrue(status.get("order-key").getAsLong() > 0, status.toString());
        assertEquals(204, restconf.delete(RULES + "copy-dns-v6").status());
    }

    private static String errorText(final Restconf.Response response) {
        final JsonObject body = response.json().getAsJsonObject();
        final JsonObject error = body.getAsJsonObject(body.has("errors") ? "errors" : "ietf-restconf:errors")
            .getAsJsonArray("error").get(0).getAsJsonObject();
        assertEquals("invalid-value", error.get("error-tag").getAsString(), response.body());
        final StringBuilder text = new StringBuilder(error.get("error-message").getAsString());
        if (error.has("error-info")) {
            text.append(' ').append(error.get("error-info"));
        }
        return text.toString();
    }

    private static void assertNothingStored(final Restconf restconf, final String rule) throws Exception {
        final var config = restconf.get(RULES + rule + "?content=config");
        assertEquals(409, config.status(), "rule " + rule + " must not be stored: " + config.body());
        final var status = restconf.get(STATUS + rule + "?content=nonconfig");
        assertEquals(409, status.status(), "rule " + rule + " must have no status: " + status.body());
    }

    private static JsonObject awaitStatus(final Restconf restconf, final String rule) throws Exception {
        return Eventually.await("a status with an nlri for " + rule, STATUS_TIMEOUT, Duration.ofMillis(200), () -> {
            final var response = restconf.get(STATUS + rule + "?content=nonconfig");
            return response.status() == 200 ? response.json().getAsJsonObject()
                .getAsJsonArray("flowsteer-status:rule").get(0).getAsJsonObject() : null;
        }, status -> status != null && status.has("nlri"));
    }

    private static String example(final String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }
}
