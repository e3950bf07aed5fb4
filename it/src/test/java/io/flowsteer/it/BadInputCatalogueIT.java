/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12's proof: every line of the bad-input catalogue (it/src/test/resources/bad-input) is sent to the booted
 * distribution; a refused one must answer the expected 4xx with an error message naming the field (and the rule,
 * device or table), and leave the configuration datastore byte for byte as it was; the good controls must be
 * accepted, and are removed again. Every line is tried, and one failure lists all mismatches.
 */
@ExtendWith(ControllerExtension.class)
class BadInputCatalogueIT {
    static final Path CATALOGUE = Paths.get(System.getProperty("flowsteer.it.catalogue",
        "src/test/resources/bad-input"));
    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final int MESSAGE_WIDTH = 160;

    @Test
    void everyBadInputIsRefusedNamingTheFieldAndLeavesTheConfigurationAsItWas(final Restconf restconf)
            throws Exception {
        final BadInputCatalogue catalogue = BadInputCatalogue.load(CATALOGUE);
        assertTrue(catalogue.lines().stream().filter(BadInputCatalogue.Line::refusal).count() >= 250,
            "the catalogue holds at least 250 bad inputs");
        final Report report = run(restconf, catalogue, line -> true);
        if (!report.mismatches().isEmpty()) {
            fail(report.describe());
        }
    }

    /**
     * One line that did not go as the catalogue says.
     *
     * @param line the line
     * @param sent the method and path, and the line's edits
     * @param kind what went wrong, for the summary
     * @param got the status and time taken
     * @param message the reply's error messages
     */
    record Mismatch(BadInputCatalogue.Line line, String sent, String kind, String got, String message) {
    }

    /**
     * What a run found.
     *
     * @param lines how many lines were tried
     * @param mismatches the lines that did not go as expected
     */
    record Report(int lines, List<Mismatch> mismatches) {
        String describe() {
            final Map<String, Integer> kinds = new TreeMap<>();
            mismatches.forEach(mismatch -> kinds.merge(mismatch.kind(), 1, Integer::sum));
            final StringBuilder text = new StringBuilder(mismatches.size() * 200)
                .append(mismatches.size()).append(" of ").append(lines).append(" catalogue lines failed: ")
                .append(kinds).append('\n')
                .append(String.format("%-18s | %-70s | %-9s | %-22s | %s%n", "line", "sent", "expected", "got",
                    "message"));
            for (Mismatch mismatch : mismatches) {
                text.append(String.format("%-18s | %-70s | %-9s | %-22s | %s%n", mismatch.line().where(),
                    mismatch.sent(), expected(mismatch.line()), mismatch.kind() + " " + mismatch.got(),
                    mismatch.message()));
            }
            return text.toString();
        }

        private static String expected(final BadInputCatalogue.Line line) {
            final StringBuilder text = new StringBuilder();
            line.statuses().forEach(status -> text.append(text.length() == 0 ? "" : "/").append(status));
            return text.toString();
        }
    }

    /**
     * Runs the chosen lines of a catalogue against a controller.
     *
     * @param restconf the controller
     * @param catalogue the catalogue
     * @param chosen which lines to run
     * @return what was found
     */
    static Report run(final Restconf restconf, final BadInputCatalogue catalogue,
            final Predicate<BadInputCatalogue.Line> chosen) throws IOException, InterruptedException {
        final List<Mismatch> mismatches = new ArrayList<>();
        int count = 0;
        ConfigSnapshot current = ConfigSnapshot.take(restconf);
        for (BadInputCatalogue.Line line : catalogue.lines()) {
            if (!chosen.test(line)) {
                continue;
            }
            count++;
            final ConfigSnapshot original = current;
            try {
                check(restconf, catalogue, line, original).ifPresent(mismatches::add);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                mismatches.add(new Mismatch(line, String.join(" ; ", line.operations()), "error", "",
                    String.valueOf(e)));
            }
            current = ConfigSnapshot.take(restconf);
            if (!current.equals(original)) {
                current = original.restore(restconf);
                if (!current.equals(original)) {
                    mismatches.add(new Mismatch(line, "(clean-up)", "cleanup", "",
                        "could not restore " + current.differences(original)));
                }
            }
        }
        return new Report(count, List.copyOf(mismatches));
    }

    private static Optional<Mismatch> check(final Restconf restconf, final BadInputCatalogue catalogue,
            final BadInputCatalogue.Line line, final ConfigSnapshot original) throws IOException,
            InterruptedException {
        final BadInputCatalogue.Request request = catalogue.request(line);
        final String sent = abbreviate(request.method() + " " + request.path() + " " + String.join(" ; ",
            line.operations().stream().filter(op -> !op.startsWith(request.method())).toList()), 70);
        for (BadInputCatalogue.Subject given : request.givens()) {
            final var body = given.parse();
            final var stored = restconf.put("/" + given.path(body), given.body());
            if (stored.status() / 100 != 2) {
                return Optional.of(new Mismatch(line, sent, "given", String.valueOf(stored.status()),
                    "base " + given.name() + " not stored: " + message(stored.body())));
            }
        }
        final ConfigSnapshot before = request.givens().isEmpty() ? original : ConfigSnapshot.take(restconf);
        final long start = System.nanoTime();
        final Restconf.Response response = send(restconf, request);
        final Duration took = Duration.ofNanos(System.nanoTime() - start);
        final String message = message(response.body());
        final String got = response.status() + " in " + took.toMillis() + " ms";
        final String shown = abbreviate(message, MESSAGE_WIDTH);

        if (!line.statuses().contains(response.status())) {
            final String kind = response.status() >= 500 ? "5xx"
                : response.status() < 300 && line.refusal() ? "accepted" : "status";
            return Optional.of(new Mismatch(line, sent, kind, got, shown));
        }
        if (line.refusal()) {
            final String lower = message.toLowerCase(Locale.ROOT);
            final List<String> missing = request.names().stream()
                .filter(name -> !lower.contains(name.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty()) {
                return Optional.of(new Mismatch(line, sent, "unnamed", got,
                    "does not name " + missing + ": " + shown));
            }
            final ConfigSnapshot after = ConfigSnapshot.take(restconf);
            if (!after.equals(before)) {
                return Optional.of(new Mismatch(line, sent, "changed", got,
                    "configuration changed in " + after.differences(before) + ": " + shown));
            }
        }
        if (took.compareTo(SLOW) > 0) {
            return Optional.of(new Mismatch(line, sent, "slow", got, shown));
        }
        return Optional.empty();
    }

    private static Restconf.Response send(final Restconf restconf, final BadInputCatalogue.Request request)
            throws IOException, InterruptedException {
        final String path = "/" + request.path();
        return switch (request.method()) {
            case "GET" -> restconf.get(path);
            case "DELETE" -> restconf.delete(path);
            case "POST" -> restconf.post(path, request.body());
            case "PATCH" -> restconf.patch(path, request.body());
            default -> restconf.put(path, request.body());
        };
    }

    /**
     * The error messages of an RFC 8040 section 7.1 error reply (member {@code errors}, or {@code ietf-restconf:errors}
     * as RFC 7951 qualifies it), or the body itself when it is no such reply.
     */
    static String message(final String body) {
        try {
            final JsonElement json = JsonParser.parseString(body);
            final JsonElement errors = !json.isJsonObject() ? null : json.getAsJsonObject().has("errors")
                ? json.getAsJsonObject().get("errors") : json.getAsJsonObject().get("ietf-restconf:errors");
            if (errors != null) {
                final StringBuilder text = new StringBuilder();
                for (JsonElement error : errors.getAsJsonObject().getAsJsonArray("error")) {
                    final JsonElement message = error.getAsJsonObject().get("error-message");
                    text.append(text.length() == 0 ? "" : " / ").append(message == null ? "(no error-message)"
                        : message.getAsString());
                }
                return text.toString();
            }
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            // Not an error reply: the body itself is what the operator reads.
        }
        return body.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(final String text, final int width) {
        final String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 3) + "...";
    }
}
