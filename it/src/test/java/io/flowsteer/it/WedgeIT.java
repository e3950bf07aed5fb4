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
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, must-hold 1 and 2: no input wedges the datastore. A rule with an 8 MB description was once accepted by
 * RESTCONF, refused by the journal (16 MiB entry limit) and left a transaction pending that made every later write
 * answer 500 after a minute; a write into the read-only {@code flowsteer-status} tree stalled the next writer for
 * 16-18 seconds. Each is sent here, refused with a 4xx, and the normal write that follows must answer at once.
 */
@ExtendWith(ControllerExtension.class)
class WedgeIT {
    private static final Path EXAMPLES = Paths.get("../docs/examples");
    private static final String RULES = "/data/flowsteer-flowspec:flowspec/rule=";
    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static final int EIGHT_MB = 8 * 1024 * 1024;

    @Test
    void aRuleWithAnEightMegabyteDescriptionIsRefusedAndTheNextWriteAnswersAtOnce(final Restconf restconf)
            throws Exception {
        final JsonObject huge = rule("wedge-huge");
        huge.getAsJsonArray("flowsteer-flowspec:rule").get(0).getAsJsonObject()
            .addProperty("description", "x".repeat(EIGHT_MB));
        final var refused = restconf.put(RULES + "wedge-huge", huge.toString());
        assertTrue(refused.status() == 400 || refused.status() == 413,
            "an 8 MB description answers 400 or 413, not " + refused.status() + ": " + abbreviate(refused.body()));
        assertEquals(409, restconf.get(RULES + "wedge-huge?content=config").status(), "the huge rule is not stored");

        assertNextWriteAnswersAtOnce(restconf, "wedge-after-huge");
    }

    @Test
    void aWriteIntoTheStatusTreeIsRefusedAndTheNextWriteAnswersAtOnce(final Restconf restconf) throws Exception {
        final var refused = restconf.put("/data/flowsteer-status:flowspec-status",
            "{\"flowsteer-status:flowspec-status\": {\"rule\": [ {\"name\": \"wedge-status\"} ]}}");
        assertTrue(refused.status() >= 400 && refused.status() < 500,
            "a write into flowsteer-status answers 4xx, not " + refused.status() + ": " + abbreviate(refused.body()));
        assertTrue(BadInputCatalogueIT.message(refused.body()).contains("flowspec-status"),
            "the refusal names the path: " + abbreviate(refused.body()));

        assertNextWriteAnswersAtOnce(restconf, "wedge-after-status");
    }

    /**
     * A normal rule PUT answers 201 within a second, and is removed again.
     */
    private static void assertNextWriteAnswersAtOnce(final Restconf restconf, final String name) throws Exception {
        final long start = System.nanoTime();
        final var created = restconf.put(RULES + name, rule(name).toString());
        final Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            assertEquals(201, created.status(), created.body());
            assertTrue(took.compareTo(AT_ONCE) <= 0, "the next write took " + took.toMillis() + " ms");
        } finally {
            restconf.delete(RULES + name);
        }
        assertEquals(409, restconf.get(RULES + name + "?content=config").status(), name + " is removed again");
    }

    /**
     * The user guide's DNS amplification rule under another name.
     */
    private static JsonObject rule(final String name) throws IOException {
        final JsonObject rule = JsonParser.parseString(Files.readString(EXAMPLES.resolve("rule-block-dns-amp.json"),
            StandardCharsets.UTF_8)).getAsJsonObject();
        rule.getAsJsonArray("flowsteer-flowspec:rule").get(0).getAsJsonObject().addProperty("name", name);
        return rule;
    }

    private static String abbreviate(final String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
