/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;

/**
 * Where in a request a problem is, in the words an operator uses: the rule, router or RPC it belongs to (the
 * outermost list entry, or the operation) and the path of the field below it, such as
 * {@code rule 'r1', field match/ip-protocol/term[id=0]/value}.
 *
 * @param subject the outermost list entry or the operation, null above it
 * @param fields the field names below the subject
 */
record Where(@Nullable String subject, List<String> fields) {
    Where {
        fields = List.copyOf(fields);
    }

    /**
     * The position of a request's target, from its URL.
     *
     * @param path the request's api-path
     * @return the position of the target node
     */
    static Where of(final ApiPath path) {
        Where where = new Where(null, List.of());
        for (ApiPath.Step step : path.steps()) {
            where = where.child(step.name());
            if (!step.keys().isEmpty()) {
                where = where.entryOf(step.name(), String.join(",", step.keys()));
            }
        }
        return where;
    }

    /**
     * The position of an operation's input.
     *
     * @param operation the RPC name
     * @return the position
     */
    static Where input(final String operation) {
        return new Where(operation + " input", List.of());
    }

    Where child(final String name) {
        final List<String> more = new ArrayList<>(fields);
        more.add(name);
        return new Where(subject, more);
    }

    Where entry(final ListSchemaNode list, final String key) {
        return entryOf(list.getQName().getLocalName(), key);
    }

    private Where entryOf(final String list, final String key) {
        if (subject == null) {
            return new Where(list + " '" + key + "'", List.of());
        }
        final List<String> more = new ArrayList<>(fields.subList(0, Math.max(0, fields.size() - 1)));
        more.add(list + "[" + key + "]");
        return new Where(subject, more);
    }

    /**
     * The text of a field directly below this position.
     *
     * @param name the field's name
     * @return the text
     */
    String field(final String name) {
        return child(name).text();
    }

    /**
     * This position as a phrase: {@code rule 'r1', field match/dscp}, {@code rule 'r1'} or {@code field flowspec}.
     *
     * @return the phrase
     */
    String text() {
        final String path = String.join("/", fields);
        if (subject == null) {
            return "field " + path;
        }
        return fields.isEmpty() ? subject : subject + ", field " + path;
    }

    /**
     * What this position is, for "no such field" messages about a member of it.
     *
     * @return {@code " in <last field>"}, {@code " in <subject>"} or empty
     */
    String inside() {
        if (!fields.isEmpty()) {
            return " in " + fields.get(fields.size() - 1);
        }
        return subject == null ? "" : " in " + subject;
    }
}
