/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The indirection-id table Flowsteer wants on one router, or the one read back from it
 * (draft-ietf-idr-flowspec-path-redirect sections 2 and 5). Entries are kept in key order.
 *
 * @param entries entries by key
 */
public record IndirectionTable(Map<IndirectionKey, IndirectionEntry> entries) {
    /** The empty table. */
    public static final IndirectionTable EMPTY = new IndirectionTable(Map.of());

    /**
     * Copies the entries into an unmodifiable, key-ordered map and checks each is filed under its own key.
     */
    public IndirectionTable {
        final TreeMap<IndirectionKey, IndirectionEntry> copy = new TreeMap<>(entries);
        copy.forEach((key, entry) -> {
            if (!key.equals(entry.key())) {
                throw new IllegalArgumentException("entry " + entry + " filed under key " + key);
            }
        });
        entries = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A table of the given entries.
     *
     * @param entries entries, keys unique
     * @return the table
     * @throws IllegalArgumentException when two entries share a key
     */
    public static IndirectionTable of(final Collection<IndirectionEntry> entries) {
        final TreeMap<IndirectionKey, IndirectionEntry> map = new TreeMap<>();
        for (IndirectionEntry entry : entries) {
            if (map.put(entry.key(), entry) != null) {
                throw new IllegalArgumentException("two entries with key " + entry.key());
            }
        }
        return new IndirectionTable(map);
    }
}
