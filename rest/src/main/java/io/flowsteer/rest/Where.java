/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;

/**
 * Where in a request a problem is, in the words an operator uses: the rule, router or RPC it belongs to (the
 * outermost list entry, or the operation) and the path of the field below it, such as
 * {@code rule 'r1', field match/ip-protocol/term[id=0]/value}.
 *
 * <p>A position is its last field and the position above it, so that stepping down a body costs one small object;
 * the text is only built when a problem is reported.
 */
final class Where {
    private final @Nullable String subject;
    private final @Nullable Where above;
    private final @Nullable String field;

    private Where(final @Nullable String subject, final @Nullable Where above, final @Nullable String field) {
        this.subject = subject;
        this.above = above;
        this.field = field;
    }

    /**
     * The position of a request's target, from its URL.
     *
     * @param path the request's api-path
     * @return the position of the target node
     */
    static Where of(final ApiPath path) {
        Where where = new Where(null, null, null);
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
        return new Where(operation + " input", null, null);
    }

    Where child(final String name) {
        return new Where(subject, this, name);
    }

    Where entry(final ListSchemaNode list, final String key) {
        return entryOf(list.getQName().getLocalName(), key);
    }

    private Where entryOf(final String list, final String key) {
        if (subject == null) {
            return new Where(list + " '" + key + "'", null, null);
        }
        // the entry takes the place of the last field, the list's name
        return new Where(subject, field == null ? this : above, list + "[" + key + "]");
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
        final Deque<String> fields = new ArrayDeque<>();
        for (Where at = this; at != null && at.field != null; at = at.above) {
            fields.addFirst(at.field);
        }
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
        if (field != null) {
            return " in " + field;
        }
        return subject == null ? "" : " in " + subject;
    }
}
