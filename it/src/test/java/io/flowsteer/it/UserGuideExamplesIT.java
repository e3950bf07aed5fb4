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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request body the user guide shows (docs/examples) is accepted by the booted controller as written, and
 * reads back. The examples whose name starts with {@code rule-bad-} are the refused ones; RuleLifecycleIT
 * covers them.
 */
@ExtendWith(ControllerExtension.class)
class UserGuideExamplesIT {
    private static final Path EXAMPLES = Paths.get("../docs/examples");

    static Stream<String> acceptedExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            final List<String> names = files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".json") && !name.startsWith("rule-bad-"))
                .sorted().toList();
            assertTrue(names.size() >= 4, "examples found: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedExamples")
    void exampleIsAcceptedAndReadsBack(final String example, final Restconf restconf) throws Exception {
        final String body = Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8);
        final JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        final String member = json.keySet().iterator().next();
        if ("flowsteer-devices:bgp-speaker".equals(member)) {
            containerIsAcceptedAndReadsBack(restconf, "/data/" + member, body, json.getAsJsonObject(member));
            return;
        }
        final String name = json.getAsJsonArray(member).get(0).getAsJsonObject().get("name").getAsString();
        final String path = switch (member) {
            case "flowsteer-flowspec:rule" -> "/data/flowsteer-flowspec:flowspec/rule=" + name;
            case "flowsteer-devices:device" -> "/data/flowsteer-devices:devices/device=" + name;
            case "flowsteer-indirection:router-table" ->
                "/data/flowsteer-indirection:indirection-tables/router-table=" + name;
            default -> throw new AssertionError("no RESTCONF path known for " + member);
        };

        final var written = restconf.put(path, body);
        assertEquals(201, written.status(), example + ": " + written.body());
        final var read = restconf.get(path + "?content=config");
        assertEquals(200, read.status(), read.body());
        assertEquals(name, read.json().getAsJsonObject().getAsJsonArray(member).get(0).getAsJsonObject()
            .get("name").getAsString());
        assertEquals(204, restconf.delete(path).status(), "example " + example + " is removed again");
    }

    private static void containerIsAcceptedAndReadsBack(final Restconf restconf, final String path, final String body,
            final JsonObject written) throws Exception {
        assertEquals(201, restconf.put(path, body).status(), path);
        final var read = restconf.get(path + "?content=config");
        assertEquals(200, read.status(), read.body());
        final JsonObject stored = read.json().getAsJsonObject().getAsJsonObject(path.substring("/data/".length()));
        for (String leaf : written.keySet()) {
            assertEquals(written.get(leaf).getAsString(), stored.get(leaf).getAsString(), leaf);
        }
        assertEquals(204, restconf.delete(path).status(), path + " is removed again");
    }
}
