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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's console: {@code flowsteer:rules} lists a rule written through RESTCONF with its status;
 * {@code flowsteer:controller} shows the single node as the active controller.
 */
@ExtendWith(ControllerExtension.class)
class ConsoleIT {
    private static final String RULE = "/data/flowsteer-flowspec:flowspec/rule=console-rule";

    @Test
    void rulesCommandListsARuleWithItsStatus(final Restconf restconf, final KarafConsole console)
            throws Exception {
        final String body = Files.readString(Paths.get("../docs/examples/rule-block-dns-amp.json"),
            StandardCharsets.UTF_8).replace("block-dns-amp", "console-rule");
        assertEquals(201, restconf.put(RULE, body).status());

        final String output = Eventually.await("flowsteer:rules showing console-rule as pending",
            Duration.ofSeconds(60), Duration.ofSeconds(1), () -> console.run("flowsteer:rules"),
            text -> text.lines().anyMatch(line -> line.startsWith("console-rule") && line.contains("pending")));
        assertTrue(output.startsWith("NAME") || output.contains("\nNAME"), output);
        // the summary counts what RESTCONF's rule-summary counts, at that moment
        final String summary = console.run("flowsteer:rules --summary");
        final String rpc = restconf.post("/operations/flowsteer-status:rule-summary", "").body();
        final Matcher configured = Pattern.compile("\"configured\":(\\d+)").matcher(rpc);
        assertTrue(configured.find(), rpc);
        assertTrue(summary.contains(configured.group(1) + " rules configured"), summary + " / " + rpc);
        assertTrue(summary.lines().anyMatch(line -> line.startsWith("STATE")), summary);
        assertEquals(204, restconf.delete(RULE).status());
    }

    @Test
    void aSingleNodeIsItsOwnActiveController(final Restconf restconf, final KarafConsole console) throws Exception {
        final String output = Eventually.await("flowsteer:controller showing member-1 as active",
            Duration.ofSeconds(60), Duration.ofSeconds(1), () -> console.run("flowsteer:controller"),
            text -> text.contains("active controller: member-1"));
        assertTrue(output.contains("this node:         member-1, active"), output);
        final String status = restconf.get("/data/flowsteer-status:controller").body();
        assertTrue(status.contains("\"active-node\":\"member-1\""), status);
    }
}
