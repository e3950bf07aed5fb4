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
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of the bad-input catalogue (it/src/test/resources/bad-input/README.md), applied to a copy of a valid base
 * body. A path is dotted member names with {@code [i]} array indexes, relative to the entry being written (the list
 * entry, the container, or an RPC's {@code input}); a path that starts with {@code /} is relative to the whole body,
 * and {@code *} stands for an object's first member.
 */
sealed interface JsonEdit {
    Pattern SET = Pattern.compile("(\\S+)\\s*=\\s*(.+)", Pattern.DOTALL);
    Pattern FILL = Pattern.compile("(\\S+)\\s*\\*=\\s*(\\d+)(?:\\s+by\\s+(\\S+))?");
    Pattern LONG = Pattern.compile("long\\((\\d+)\\)");
    Pattern STEP = Pattern.compile("([^\\[\\]]+)((?:\\[\\d+])*)");

    /**
     * Applies the edit.
     *
     * @param body the whole body
     * @param entry the entry inside it that relative paths start from
     */
    void apply(JsonObject body, JsonObject entry);

    /**
     * Whether the edit changes the entry's {@code name} or adds something outside the entry, so that the entry's name
     * cannot be expected in the reply.
     *
     * @return true when it does
     */
    default boolean touchesName() {
        return false;
    }

    /**
     * Parses one edit.
     *
     * @param text the edit as written in the catalogue
     * @return the edit
     */
    static JsonEdit parse(final String text) {
        if (text.startsWith("del ")) {
            return new Remove(text.substring(4).trim());
        }
        if (text.startsWith("dup ")) {
            return new Duplicate(text.substring(4).trim());
        }
        if (text.startsWith("module ")) {
            return new Module(text.substring(7).trim());
        }
        if (text.startsWith("rename ")) {
            final String[] words = text.substring(7).trim().split("\\s+");
            if (words.length != 2) {
                throw new IllegalArgumentException("rename needs a path and a new member name: " + text);
            }
            return new Rename(words[0], words[1]);
        }
        final Matcher fill = FILL.matcher(text);
        if (fill.matches()) {
            return new Fill(fill.group(1), Integer.parseInt(fill.group(2)), fill.group(3));
        }
        final Matcher set = SET.matcher(text);
        if (set.matches()) {
            return new Assign(set.group(1), value(set.group(2).trim()));
        }
        throw new IllegalArgumentException("not an edit: " + text);
    }

    /**
     * A value: {@code long(N)} is a string of N letters, anything else is JSON.
     */
    private static JsonElement value(final String text) {
        final Matcher longString = LONG.matcher(text);
        if (longString.matches()) {
            return new JsonPrimitive("a".repeat(Integer.parseInt(longString.group(1))));
        }
        return JsonParser.parseString(text);
    }

    /**
     * Sets a member or array element, creating missing objects on the way.
     *
     * @param path where
     * @param value the new value
     */
    record Assign(String path, JsonElement value) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            final Target target = Target.resolve(path, body, entry);
            target.set(value);
        }

        @Override
        public boolean touchesName() {
            return "name".equals(path) || path.startsWith("/");
        }
    }

    /**
     * Removes a member or array element.
     *
     * @param path which
     */
    record Remove(String path) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            Target.resolve(path, body, entry).remove();
        }

        @Override
        public boolean touchesName() {
            return "name".equals(path);
        }
    }

    /**
     * Appends a copy of an array element to its array: a duplicate list key in one body.
     *
     * @param path the element, ending in {@code [i]}
     */
    record Duplicate(String path) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            final Target target = Target.resolve(path, body, entry);
            if (!(target.parent() instanceof JsonArray array)) {
                throw new IllegalArgumentException("dup needs an array element: " + path);
            }
            array.add(target.get().deepCopy());
        }
    }

    /**
     * Renames a member, keeping its value and its place.
     *
     * @param path the member
     * @param newName its new name
     */
    record Rename(String path, String newName) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            final Target target = Target.resolve(path, body, entry);
            if (!(target.parent() instanceof JsonObject object)) {
                throw new IllegalArgumentException("rename needs an object member: " + path);
            }
            final List<Map.Entry<String, JsonElement>> members = new ArrayList<>(object.entrySet());
            members.forEach(member -> object.remove(member.getKey()));
            for (var member : members) {
                object.add(member.getKey().equals(target.member()) ? newName : member.getKey(), member.getValue());
            }
        }
    }

    /**
     * Gives the body's top member another module prefix, keeping its local name: {@code foo:rule} for
     * {@code flowsteer-flowspec:rule}.
     *
     * @param module the new module name
     */
    record Module(String module) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            final String member = body.keySet().iterator().next();
            new Rename("/" + member, module + ":" + member.substring(member.indexOf(':') + 1)).apply(body, entry);
        }

        @Override
        public boolean touchesName() {
            return true;
        }
    }

    /**
     * Makes an array {@code count} elements long from copies of its first element, each with a distinct key:
     * numbers count up from the first element's, IPv4 addresses count up from it, other strings get a suffix.
     *
     * @param path the array
     * @param count how many elements
     * @param key the key member of the elements when they are objects, or null for a leaf-list
     */
    record Fill(String path, int count, String key) implements JsonEdit {
        @Override
        public void apply(final JsonObject body, final JsonObject entry) {
            final JsonElement found = Target.resolve(path, body, entry).get();
            if (!(found instanceof JsonArray array) || array.isEmpty()) {
                throw new IllegalArgumentException("*= needs a non-empty array: " + path);
            }
            final JsonElement first = array.get(0);
            final JsonArray filled = new JsonArray();
            for (int i = 0; i < count; i++) {
                if (key == null) {
                    filled.add(distinct(first.getAsJsonPrimitive(), i));
                } else {
                    final JsonObject copy = first.getAsJsonObject().deepCopy();
                    copy.add(key, distinct(copy.getAsJsonPrimitive(key), i));
                    filled.add(copy);
                }
            }
            while (!array.isEmpty()) {
                array.remove(0);
            }
            array.addAll(filled);
        }

        private static JsonPrimitive distinct(final JsonPrimitive first, final int index) {
            if (first.isNumber()) {
                return new JsonPrimitive(first.getAsLong() + index);
            }
            final String text = first.getAsString();
            final String[] octets = text.split("\\.");
            if (octets.length == 4 && text.matches("[0-9.]+")) {
                long address = 0;
                for (String octet : octets) {
                    address = address << 8 | Integer.parseInt(octet);
                }
                address += index;
                return new JsonPrimitive((address >> 24 & 255) + "." + (address >> 16 & 255) + "."
                    + (address >> 8 & 255) + "." + (address & 255));
            }
            return new JsonPrimitive(index == 0 ? text : text + "-" + index);
        }
    }

    /**
     * Where a path leads: the object or array holding the last step, and the member name or index in it.
     *
     * @param parent the holder
     * @param member the member name, when the holder is an object
     * @param index the index, when the holder is an array
     */
    record Target(JsonElement parent, String member, int index) {
        static Target resolve(final String path, final JsonObject body, final JsonObject entry) {
            final boolean absolute = path.startsWith("/");
            final String[] steps = (absolute ? path.substring(1) : path).split("\\.");
            JsonElement current = absolute ? body : entry;
            Target target = null;
            for (int s = 0; s < steps.length; s++) {
                final Matcher step = STEP.matcher(steps[s]);
                if (!step.matches()) {
                    throw new IllegalArgumentException("bad step '" + steps[s] + "' in " + path);
                }
                final List<Integer> indexes = new ArrayList<>();
                final Matcher index = Pattern.compile("\\[(\\d+)]").matcher(step.group(2));
                while (index.find()) {
                    indexes.add(Integer.parseInt(index.group(1)));
                }
                final boolean last = s == steps.length - 1;
                final String name = "*".equals(step.group(1)) && current.isJsonObject()
                    ? current.getAsJsonObject().keySet().iterator().next() : step.group(1);
                target = new Target(current, name, -1);
                if (last && indexes.isEmpty()) {
                    break;
                }
                current = target.getOrCreate(indexes.isEmpty() ? new JsonObject() : new JsonArray());
                for (int i = 0; i < indexes.size(); i++) {
                    target = new Target(current, null, indexes.get(i));
                    if (last && i == indexes.size() - 1) {
                        break;
                    }
                    current = target.get();
                }
            }
            return target;
        }

        JsonElement get() {
            final JsonElement found = parent instanceof JsonArray array ? array.get(index)
                : parent.getAsJsonObject().get(member);
            if (found == null) {
                throw new IllegalArgumentException("no member " + member);
            }
            return found;
        }

        private JsonElement getOrCreate(final JsonElement fresh) {
            if (parent instanceof JsonObject object && !object.has(member)) {
                object.add(member, fresh);
            }
            return get();
        }

        void set(final JsonElement value) {
            if (parent instanceof JsonArray array) {
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                parent.getAsJsonObject().add(member, value);
            }
        }

        void remove() {
            if (parent instanceof JsonArray array) {
                array.remove(index);
            } else if (parent.getAsJsonObject().remove(member) == null) {
                throw new IllegalArgumentException("no member " + member + " to remove");
            }
        }
    }
}
