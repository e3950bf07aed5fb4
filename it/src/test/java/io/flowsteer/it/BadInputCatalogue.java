/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bad-input catalogue of it/src/test/resources/bad-input (its README.md describes the format): valid base bodies,
 * one per subject, and lines that each say how to spoil one, what status the controller must answer and what the
 * error message must name.
 */
final class BadInputCatalogue {
    /** Where a list entry of each module is written: the module's top container. */
    private static final Map<String, String> LIST_PARENTS = Map.of(
        "flowsteer-flowspec", "flowsteer-flowspec:flowspec",
        "flowsteer-devices", "flowsteer-devices:devices",
        "flowsteer-indirection", "flowsteer-indirection:indirection-tables");
    /** Where a container body is written. */
    private static final Map<String, String> CONTAINER_PATHS = Map.of(
        "flowsteer-devices:bgp-speaker", "data/flowsteer-devices:bgp-speaker",
        "flowsteer-devices:code-points", "data/flowsteer-devices:bgp-speaker/code-points");
    private static final String RPC_MODULE = "flowsteer-status";
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE");

    private final Map<String, Subject> subjects;
    private final List<Line> lines;

    private BadInputCatalogue(final Map<String, Subject> subjects, final List<Line> lines) {
        this.subjects = subjects;
        this.lines = lines;
    }

    /**
     * A valid body to start from.
     *
     * @param name the subject's name (its file name without {@code .json})
     * @param body the body as written in the file
     * @param kind what it writes
     */
    record Subject(String name, String body, Kind kind) {
        enum Kind {
            /** A list entry: the reply to a refused one must name the entry. */
            ENTRY,
            /** A container. */
            CONTAINER,
            /** An RPC's input. */
            RPC
        }

        JsonObject parse() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        /**
         * The part of the body that relative paths start from: the list entry, the container or the RPC's input.
         */
        static JsonObject entry(final JsonObject body) {
            final JsonElement top = body.entrySet().iterator().next().getValue();
            return top.isJsonArray() ? top.getAsJsonArray().get(0).getAsJsonObject() : top.getAsJsonObject();
        }

        String entryName() {
            final JsonElement key = entry(parse()).get("name");
            return key == null ? "" : key.getAsString();
        }

        /**
         * The path the body is written to: the base body's (an edit may have changed the module prefix of the
         * body's top member), with the entry's name as edited.
         */
        String path(final JsonObject sent) {
            final String member = parse().keySet().iterator().next();
            return switch (kind) {
                case RPC -> "operations/" + RPC_MODULE + ":" + name;
                case CONTAINER -> CONTAINER_PATHS.get(member);
                case ENTRY -> {
                    final JsonElement edited = entry(sent).get("name");
                    final String key = edited != null && edited.isJsonPrimitive() ? edited.getAsString()
                        : entryName();
                    yield parentPath() + "/" + member.substring(member.indexOf(':') + 1) + "="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
                }
            };
        }

        String parentPath() {
            final String member = parse().keySet().iterator().next();
            return switch (kind) {
                case ENTRY -> "data/" + LIST_PARENTS.get(member.substring(0, member.indexOf(':')));
                case CONTAINER -> {
                    final String path = CONTAINER_PATHS.get(member);
                    yield path.substring(0, path.lastIndexOf('/'));
                }
                case RPC -> "operations";
            };
        }
    }

    /**
     * One line of the catalogue.
     *
     * @param where file name and line number
     * @param subject the base body's name
     * @param operations what is done to it, as written
     * @param statuses the acceptable status codes
     * @param names what the error message must contain
     * @param text the line as written
     */
    record Line(String where, String subject, List<String> operations, Set<Integer> statuses, List<String> names,
            String text) {
        boolean refusal() {
            return statuses.stream().allMatch(status -> status >= 400);
        }
    }

    /**
     * A request made from a line.
     *
     * @param method the HTTP method
     * @param path the path under {@code /rests/}
     * @param body the body, empty for none
     * @param givens subjects whose base bodies must be stored before the request
     * @param names what the error message must contain, the entry's name added where the line expects it
     */
    record Request(String method, String path, String body, List<Subject> givens, List<String> names) {
    }

    static BadInputCatalogue load(final Path dir) throws IOException {
        final Map<String, Subject> subjects = new HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("bases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                final String name = file.getFileName().toString().replace(".json", "");
                final String body = Files.readString(file, StandardCharsets.UTF_8);
                final JsonObject json = JsonParser.parseString(body).getAsJsonObject();
                final String member = json.keySet().iterator().next();
                final Subject.Kind kind = "input".equals(member) ? Subject.Kind.RPC
                    : json.get(member).isJsonArray() ? Subject.Kind.ENTRY : Subject.Kind.CONTAINER;
                subjects.put(name, new Subject(name, body, kind));
            }
        }
        final List<Line> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                final List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < text.size(); i++) {
                    final String line = text.get(i).strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        lines.add(parseLine(file.getFileName() + ":" + (i + 1), line, subjects.keySet()));
                    }
                }
            }
        }
        return new BadInputCatalogue(subjects, lines);
    }

    private static Line parseLine(final String where, final String text, final Set<String> subjects) {
        final String[] columns = text.split("\\s+\\|\\s+|\\s+\\|$", -1);
        if (columns.length < 3) {
            throw new IllegalArgumentException(where + ": needs 'subject | edits | status [| names]': " + text);
        }
        final String subject = columns[0].strip();
        if (!subjects.contains(subject)) {
            throw new IllegalArgumentException(where + ": no base body bases/" + subject + ".json");
        }
        final List<String> operations = Arrays.stream(columns[1].split("\\s+;\\s+")).map(String::strip)
            .filter(op -> !op.isEmpty() && !"-".equals(op)).toList();
        final Set<Integer> statuses = new TreeSet<>();
        for (String status : columns[2].strip().split("/")) {
            statuses.add(Integer.parseInt(status.strip()));
        }
        final List<String> names = new ArrayList<>();
        for (int c = 3; c < columns.length; c++) {
            Arrays.stream(columns[c].split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(names::add);
        }
        return new Line(where, subject, operations, statuses, names, text);
    }

    List<Line> lines() {
        return lines;
    }

    Subject subject(final String name) {
        final Subject subject = subjects.get(name);
        if (subject == null) {
            throw new IllegalArgumentException("no base body bases/" + name + ".json");
        }
        return subject;
    }

    /**
     * Builds the request a line describes: its subject's base body with the line's edits applied, sent with PUT to
     * the subject's path unless the line says otherwise. For a refused entry (status 400) whose edits neither
     * replace the body nor change the name, the message must also name the entry.
     */
    Request request(final Line line) {
        final Subject subject = subject(line.subject());
        final JsonObject body = subject.parse();
        final JsonObject entry = Subject.entry(body);
        String method = subject.kind() == Subject.Kind.RPC ? "POST" : "PUT";
        String path = null;
        String raw = null;
        boolean nameExpected = subject.kind() == Subject.Kind.ENTRY && line.statuses().equals(Set.of(400));
        final List<Subject> givens = new ArrayList<>();
        for (String operation : line.operations()) {
            final String[] words = operation.split("\\s+", 2);
            if ("given".equals(words[0])) {
                givens.add("self".equals(words[1]) ? subject : subject(words[1].strip()));
            } else if (METHODS.contains(words[0])) {
                method = words[0];
                if (words.length > 1) {
                    path = "parent".equals(words[1]) ? subject.parentPath() : words[1].strip();
                }
            } else if ("raw".equals(words[0])) {
                raw = words.length > 1 ? words[1] : "";
                nameExpected = false;
            } else {
                final JsonEdit edit = JsonEdit.parse(operation);
                edit.apply(body, entry);
                nameExpected &= !edit.touchesName();
            }
        }
        final List<String> names = new ArrayList<>(line.names());
        final String entryName = subject.entryName();
        if (nameExpected && !names.contains(entryName)) {
            names.add(entryName);
        }
        final String send = "GET".equals(method) || "DELETE".equals(method) ? "" : raw != null ? raw
            : body.toString();
        return new Request(method, path != null ? path : subject.path(body), send, List.copyOf(givens),
            List.copyOf(names));
    }
}
