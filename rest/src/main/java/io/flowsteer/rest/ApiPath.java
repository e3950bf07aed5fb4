/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The part of a RESTCONF request URI after the context path, split into steps (RFC 8040 section 3.5.3): the
 * resource kind ({@code data} or {@code operations}) and one step per node, each an optionally module-qualified
 * name and, for list entries, its key values.
 *
 * @param kind the first segment: {@code data}, {@code operations} or anything else
 * @param steps the node steps after it
 */
record ApiPath(String kind, List<Step> steps) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.-]*");

    /**
     * One node step of an api-path.
     *
     * @param module the module name, or null when the step inherits its parent's
     * @param name the node name
     * @param keys the key values of a list entry, empty otherwise
     */
    record Step(@Nullable String module, String name, List<String> keys) {
        Step {
            keys = List.copyOf(keys);
        }

        /**
         * The step as written, for messages.
         *
         * @return {@code module:name=keys}
         */
        String text() {
            final String qualified = module == null ? name : module + ":" + name;
            return keys.isEmpty() ? qualified : qualified + "=" + String.join(",", keys);
        }
    }

    ApiPath {
        steps = List.copyOf(steps);
    }

    /**
     * Splits a path such as {@code /data/flowsteer-flowspec:flowspec/rule=r1}. Percent-encoding is decoded per
     * segment and per key, so an encoded comma or slash inside a key stays part of it.
     *
     * @param path the request URI after the context path
     * @return the parsed path
     */
    static ApiPath parse(final String path) {
        final String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : path.split("/", -1);
        final String kind = segments.length == 0 ? "" : decode(segments[0]);
        final List<Step> steps = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                continue;
            }
            final String segment = segments[i];
            final int eq = segment.indexOf('=');
            final String identifier = decode(eq < 0 ? segment : segment.substring(0, eq));
            final List<String> keys = new ArrayList<>();
            if (eq >= 0) {
                for (String key : segment.substring(eq + 1).split(",", -1)) {
                    keys.add(decode(key));
                }
            }
            final int colon = identifier.indexOf(':');
            steps.add(colon < 0 ? new Step(null, identifier, keys)
                : new Step(identifier.substring(0, colon), identifier.substring(colon + 1), keys));
        }
        return new ApiPath(kind, steps);
    }

    /**
     * The node steps as written, for messages.
     *
     * @return the steps joined by slashes
     */
    String text() {
        final StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(text.length() == 0 ? "" : "/").append(step.text());
        }
        return text.toString();
    }

    private static String decode(final String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * Whether a name is a YANG identifier (RFC 7950 section 6.2), so that it can name a schema node.
     *
     * @param name the name
     * @return true for an identifier
     */
    static boolean isIdentifier(final String name) {
        return IDENTIFIER.matcher(name).matches();
    }
}
