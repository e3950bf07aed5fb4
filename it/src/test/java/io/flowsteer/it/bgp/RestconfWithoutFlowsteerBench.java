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

import io.flowsteer.it.Controller;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.KarafConsole;
import io.flowsteer.it.Restconf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a test (run only with {@code -Pbench}): the floor under {@link RulesThroughRestconfBench}. The same
 * 100,000 rules in the same merge PATCHes, through the same RESTCONF into the same datastore of the booted
 * distribution, with Flowsteer's application and RESTCONF extension bundles stopped: nothing checks, compiles,
 * orders, resolves or advertises the rules, and no status is written. What is left is OpenDaylight's RESTCONF
 * parsing the bodies and its datastore storing the rules. The bundles are started again afterwards. The numbers go
 * to the log and to target/bench/restconf-without-flowsteer.txt.
 *
 * <p>{@code mvn -o -pl it verify -Pbench -Dit.test=RestconfWithoutFlowsteerBench [-Dbench.rules=100000]
 * [-Dbench.batch=1000] [-Dbench.rounds=1]}; each round writes every rule and deletes them all again, on the same
 * controller, so that the first write after start and the later ones are reported apart.
 */
@ExtendWith(ControllerExtension.class)
class RestconfWithoutFlowsteerBench {
    private static final Logger LOG = LoggerFactory.getLogger(RestconfWithoutFlowsteerBench.class);
    private static final String FLOWSPEC = "/data/flowsteer-flowspec:flowspec";
    private static final String BUNDLES = "io.flowsteer.rest io.flowsteer.impl";

    @Test
    void hundredThousandRulesIntoTheDatastoreAlone(final Controller controller, final Restconf restconf,
            final KarafConsole console) throws Exception {
        final int rules = Integer.getInteger("bench.rules", 100_000);
        final int batch = Integer.getInteger("bench.batch", 1_000);
        final int rounds = Integer.getInteger("bench.rounds", 1);
        console.run("bundle:stop " + BUNDLES);
        try {
            final List<String> stopped = states(console);
            assertEquals(2, stopped.size(), stopped.toString());
            assertTrue(stopped.stream().noneMatch(line -> line.contains("Active")), stopped.toString());

            final var report = new StringBuilder(String.format(Locale.ROOT,
                "rules=%d batch=%d rounds=%d, Flowsteer's bundles stopped%n", rules, batch, rounds));
            for (int round = 1; round <= rounds; round++) {
                report.append(round == 1 ? "round 1 (the first write since the controller started):"
                    : "round " + round + ":").append(System.lineSeparator()).append(writeAndDelete(restconf, controller,
                        rules, batch));
            }
            LOG.info("\n{}", report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/restconf-without-flowsteer.txt"), report, StandardCharsets.UTF_8);
        } finally {
            console.run("bundle:start " + BUNDLES);
            Eventually.await("Flowsteer's bundles active again", Duration.ofMinutes(2), Duration.ofSeconds(1),
                () -> states(console), lines -> lines.size() == 2
                    && lines.stream().allMatch(line -> line.contains("Active")));
        }
    }

    /** One round: every rule written in merge PATCHes, checked stored, and deleted in one request; its report lines. */
    private static String writeAndDelete(final Restconf restconf, final Controller controller, final int rules,
            final int batch) throws IOException, InterruptedException {
        final Duration controllerCpu = controller.cpu();
        final long start = System.nanoTime();
        for (int first = 0; first < rules; first += batch) {
            final var response = restconf.patch(FLOWSPEC, RulesThroughRestconfBench.jsonBatch(first,
                Math.min(rules, first + batch)));
            assertEquals(200, response.status() / 100 * 100, response.body());
        }
        final long written = System.nanoTime();
        final Duration controllerUsed = controller.cpu().minus(controllerCpu);
        final String names = restconf.get(FLOWSPEC + "?content=config&fields=rule(name)").body();
        int stored = 0;
        for (int at = names.indexOf("\"name\""); at >= 0; at = names.indexOf("\"name\"", at + 1)) {
            stored++;
        }
        assertEquals(rules, stored, "every rule stored");

        final long deleteStart = System.nanoTime();
        assertEquals(204, restconf.delete(FLOWSPEC).status());
        final long deleted = System.nanoTime();
        return String.format(Locale.ROOT, "all written through RESTCONF: %.1f s (%.0f rules/s)%n"
            + "CPU used until then: controller %.1f s%n"
            + "all deleted in one request:   %.1f s%n", (written - start) / 1e9, rules / ((written - start) / 1e9),
            controllerUsed.toMillis() / 1e3, (deleted - deleteStart) / 1e9);
    }

    /** The console's lines for Flowsteer's application and RESTCONF extension bundles. */
    private static List<String> states(final KarafConsole console) throws IOException, InterruptedException {
        return console.run("bundle:list -s -t 0").lines()
            .filter(line -> line.contains("io.flowsteer.impl ") || line.contains("io.flowsteer.rest ")
                || line.endsWith("io.flowsteer.impl") || line.endsWith("io.flowsteer.rest"))
            .toList();
    }
}
