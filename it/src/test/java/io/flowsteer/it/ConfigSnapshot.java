/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration datastore as RESTCONF shows it: every top container of Flowsteer's models read with
 * {@code ?content=config}, exactly as answered ("" when it does not exist: 409 data-missing).
 *
 * @param containers the reply body of each top container
 */
record ConfigSnapshot(Map<String, String> containers) {
    static final List<String> TOP_CONTAINERS = List.of(
        "flowsteer-flowspec:flowspec",
        "flowsteer-devices:devices",
        "flowsteer-devices:bgp-speaker",
        "flowsteer-indirection:indirection-tables",
        "flowsteer-router:router");

    static ConfigSnapshot take(final Restconf restconf) throws IOException, InterruptedException {
        final Map<String, String> containers = new LinkedHashMap<>();
        for (String container : TOP_CONTAINERS) {
            final var response = restconf.get("/data/" + container + "?content=config");
            containers.put(container, switch (response.status()) {
                case 200 -> response.body();
                case 409 -> "";
                default -> "status " + response.status() + ": " + response.body();
            });
        }
        return new ConfigSnapshot(containers);
    }

    /**
     * The top containers that differ from another snapshot.
     *
     * @param other the other snapshot
     * @return their names
     */
    List<String> differences(final ConfigSnapshot other) {
        return TOP_CONTAINERS.stream().filter(c -> !containers.get(c).equals(other.containers.get(c))).toList();
    }

    /**
     * Writes this snapshot's content back where the datastore now differs from it: entries of keyed lists one by
     * one (added ones deleted, changed or removed ones put back), anything else by replacing the whole container.
     *
     * @param restconf the client
     * @return the snapshot taken afterwards
     */
    ConfigSnapshot restore(final Restconf restconf) throws IOException, InterruptedException {
        final ConfigSnapshot now = take(restconf);
        for (String container : differences(now)) {
            final String path = "/data/" + container;
            final String before = containers.get(container);
            if (before.isEmpty()) {
                restconf.delete(path);
                continue;
            }
            final JsonObject old = top(before, container);
            final String current = now.containers.get(container);
            final JsonObject fresh = current.isEmpty() || current.startsWith("status ") ? new JsonObject()
                : top(current, container);
            if (!restoreEntries(restconf, container, old, fresh)) {
                restconf.put(path, before);
            }
        }
        return take(restconf);
    }

    /**
     * Restores the keyed list entries of a container one by one.
     *
     * @return false when something else than list entries differs
     */
    private static boolean restoreEntries(final Restconf restconf, final String container, final JsonObject old,
            final JsonObject fresh) throws IOException, InterruptedException {
        final Set<String> members = new LinkedHashSet<>(old.keySet());
        members.addAll(fresh.keySet());
        final String module = container.substring(0, container.indexOf(':'));
        for (String member : members) {
            final JsonElement was = old.get(member);
            final JsonElement is = fresh.get(member);
            if (was != null && was.equals(is)) {
                continue;
            }
            if (!keyedList(was) || !keyedList(is)) {
                return false;
            }
            final Map<String, JsonObject> wasEntries = byName(was);
            final Map<String, JsonObject> isEntries = byName(is);
            for (var entry : isEntries.entrySet()) {
                if (!wasEntries.containsKey(entry.getKey())) {
                    restconf.delete(entryPath(container, member, entry.getKey()));
                }
            }
            for (var entry : wasEntries.entrySet()) {
                if (!entry.getValue().equals(isEntries.get(entry.getKey()))) {
                    final JsonArray one = new JsonArray();
                    one.add(entry.getValue());
                    final JsonObject body = new JsonObject();
                    body.add(module + ":" + member, one);
                    restconf.put(entryPath(container, member, entry.getKey()), body.toString());
                }
            }
        }
        return true;
    }

    private static String entryPath(final String container, final String list, final String name) {
        return "/data/" + container + "/" + list + "="
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean keyedList(final JsonElement element) {
        if (element == null) {
            return true;
        }
        if (!element.isJsonArray()) {
            return false;
        }
        for (JsonElement entry : element.getAsJsonArray()) {
            if (!entry.isJsonObject() || !entry.getAsJsonObject().has("name")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonObject> byName(final JsonElement list) {
        final Map<String, JsonObject> entries = new LinkedHashMap<>();
        if (list != null) {
            for (JsonElement entry : list.getAsJsonArray()) {
                entries.put(entry.getAsJsonObject().get("name").getAsString(), entry.getAsJsonObject());
            }
        }
        return entries;
    }

    private static JsonObject top(final String body, final String container) {
        final JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        final JsonElement top = json.get(container);
        return top != null && top.isJsonObject() ? top.getAsJsonObject() : new JsonObject();
    }
}
