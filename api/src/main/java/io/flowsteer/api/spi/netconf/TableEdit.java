/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The smallest change turning a router's current indirection-id table into the wanted one: entries to create or
 * replace whole, and keys to delete. Unchanged entries are not touched, so a NETCONF edit-config (RFC 6241 section
 * 7.2) built from it carries only what differs.
 *
 * @param put entries created or replaced, in key order
 * @param delete keys of entries removed, in key order
 */
public record TableEdit(List<IndirectionEntry> put, List<IndirectionKey> delete) {
    /**
     * Copies both lists.
     */
    public TableEdit {
        put = List.copyOf(put);
        delete = List.copyOf(delete);
    }

    /**
     * The smallest edit from {@code current} to {@code wanted}. Both tables keep their entries in key order, so one
     * walk through the two side by side finds every difference without a lookup.
     *
     * @param current what the router has
     * @param wanted what Flowsteer wants there
     * @return the edit, empty when both are equal
     */
    public static TableEdit between(final IndirectionTable current, final IndirectionTable wanted) {
        final List<IndirectionEntry> put = new ArrayList<>();
        final List<IndirectionKey> delete = new ArrayList<>();
        if (current != wanted) {
            final Iterator<IndirectionEntry> has = current.entries().values().iterator();
            final Iterator<IndirectionEntry> wants = wanted.entries().values().iterator();
            IndirectionEntry held = has.hasNext() ? has.next() : null;
            IndirectionEntry asked = wants.hasNext() ? wants.next() : null;
            while (held != null || asked != null) {
                final int order = held == null ? 1 : asked == null ? -1 : held.key().compareTo(asked.key());
                if (order <= 0) {
                    if (order < 0) {
                        delete.add(held.key());
                    } else if (!held.equals(asked)) {
                        put.add(asked);
                    }
                    held = has.hasNext() ? has.next() : null;
                }
                if (order >= 0) {
                    if (order > 0) {
                        put.add(asked);
                    }
                    asked = wants.hasNext() ? wants.next() : null;
                }
            }
        }
        return new TableEdit(put, delete);
    }

    /**
     * Whether nothing needs to change.
     *
     * @return true when the edit is empty
     */
    public boolean isEmpty() {
        return put.isEmpty() && delete.isEmpty();
    }

    /**
     * Number of entries touched.
     *
     * @return puts plus deletes
     */
    public int size() {
        return put.size() + delete.size();
    }

    /**
     * The table after this edit is applied to {@code current}.
     *
     * @param current the table before
     * @return the table after
     */
    public IndirectionTable applyTo(final IndirectionTable current) {
        final Map<IndirectionKey, IndirectionEntry> result = new TreeMap<>(current.entries());
        delete.forEach(result::remove);
        put.forEach(entry -> result.put(entry.key(), entry));
        return new IndirectionTable(result);
    }

    /**
     * Human-readable lines, one per differing entry, as status reports show read-back differences.
     *
     * @return lines like {@code "(0, 7): wanted mpls-binding-sid 24007"} for an entry missing or different on the
     *     router, {@code "(0, 9): unexpected"} for one the router should not hold
     */
    public List<String> describe() {
        final List<String> lines = new ArrayList<>();
        put.forEach(entry -> lines.add(entry.key() + ": wanted " + entry.target()));
        delete.forEach(key -> lines.add(key + ": unexpected"));
        return List.copyOf(lines);
    }
}
