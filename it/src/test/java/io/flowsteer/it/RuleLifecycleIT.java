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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rule's life through RESTCONF against the booted distribution, with the very requests the user guide shows
 * (docs/examples): created with 201, its status appears in operational data, bad values are refused with a
 * message naming the field and nothing is stored, and deleting the rule removes its status.
 */
@ExtendWith(ControllerExtension.class)
class RuleLifecycleIT {
    private static final Path EXAMPLES = Paths.get("../docs/examples");
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(60);
    private static final String RULES = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final String STATUS = "/data/flowsteer-status:flowspec-status/rule=";

    @Test
    void aRuleWrittenThroughRestconfIsCreatedItsStatusBecomesPendingAndDeletingItRemovesBoth(final Restconf restconf)
            throws Exception {
        // The user guide's example under a name of this test's own, so no other test touches it.
        final String body = example("rule-block-dns-amp.json").replace("block-dns-amp", "lifecycle-dns");
        final var created = restconf.put(RULES + "lifecycle-dns", body);
        assertEquals(201, created.status(), created.body());

        final JsonObject status = awaitStatus(restconf, "lifecycle-dns");
        assertEquals("pending", status.get("state").getAsString());
        assertTrue(status.has("last-change"), status.toString());

        final var stored = restconf.get(RULES + "lifecycle-dns?content=config");
        assertEquals(200, stored.status(), stored.body());
        assertTrue(stored.body().contains("192.0.2.0/24"), stored.body());

        // The controller lives for the whole run: what this test made, it deletes, status included.
        assertEquals(204, restconf.delete(RULES + "lifecycle-dns").status());
        awaitNoStatus(restconf, "lifecycle-dns");
        assertNothingStored(restconf, "lifecycle-dns");
    }

    @Test
    void aDscpOf64IsRefusedNamingTheFieldAndNothingIsStored(final Restconf restconf) throws Exception {
        final var refused = restconf.put(RULES + "mark-web", example("rule-bad-dscp.json"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(errorMessage(refused).contains("dscp"), refused.body());
        assertNothingStored(restconf, "mark-web");
    }

    @Test
    void aMalformedPrefixIsRefusedNamingTheFieldAndNothingIsStored(final Restconf restconf) throws Exception {
        final var refused = restconf.put(RULES + "bad-prefix", example("rule-bad-prefix.json"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(errorMessage(refused).contains("prefix"), refused.body());
        assertNothingStored(restconf, "bad-prefix");
    }

    @Test
    void deletingARuleRemovesItsStatus(final Restconf restconf) throws Exception {
        final String body = example("rule-block-dns-amp.json").replace("block-dns-amp", "short-lived");
        assertEquals(201, restconf.put(RULES + "short-lived", body).status());
        awaitStatus(restconf, "short-lived");

        final var deleted = restconf.delete(RULES + "short-lived");
        assertEquals(204, deleted.status(), deleted.body());
        awaitNoStatus(restconf, "short-lived");
    }

    private static void awaitNoStatus(final Restconf restconf, final String rule) throws Exception {
        Eventually.await("the status of " + rule + " removed with the rule", STATUS_TIMEOUT, Duration.ofMillis(200),
            () -> restconf.get(STATUS + rule + "?content=nonconfig").status() == 409);
    }

    private static void assertNothingStored(final Restconf restconf, final String rule) throws Exception {
        final var config = restconf.get(RULES + rule + "?content=config");
        assertEquals(409, config.status(), "rule " + rule + " must not be stored: " + config.body());
        final var status = restconf.get(STATUS + rule + "?content=nonconfig");
        assertEquals(409, status.status(), "rule " + rule + " must have no status: " + status.body());
    }

    private static String errorMessage(final Restconf.Response response) {
        final JsonObject body = response.json().getAsJsonObject();
        final JsonObject error = body.getAsJsonObject(body.has("errors") ? "errors" : "ietf-restconf:errors")
            .getAsJsonArray("error").get(0).getAsJsonObject();
        return error.get("error-message").getAsString();
    }

    private static JsonObject awaitStatus(final Restconf restconf, final String rule) throws Exception {
        return Eventually.await("a status for " + rule, STATUS_TIMEOUT, Duration.ofMillis(200), () -> {
            final var response = restconf.get(STATUS + rule + "?content=nonconfig");
            return response.status() == 200 ? response.json().getAsJsonObject()
                .getAsJsonArray("flowsteer-status:rule").get(0).getAsJsonObject() : null;
        }, status -> status != null);
    }

    private static String example(final String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }
}
