/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.stmt.SchemaNodeIdentifier;
import org.opendaylight.yangtools.yang.model.api.stmt.UniqueEffectiveStatement;

/**
 * What the entries of one list are checked by, taken from the schema once ({@link NodeShape}): its keys, and its
 * {@code unique} statements whose leaves are direct children (RFC 7950 section 7.8.3).
 *
 * @param keys the key leaves, in key order
 * @param keyNames the key names joined by commas, for messages
 * @param uniques the unique statements checked, in schema order; the first one that names a leaf below a child
 *     ends them, as the check has always stopped there
 */
record ListEntries(List<Leaf> keys, String keyNames, List<Unique> uniques) {
    /** What a node that is not a list has: no keys and no unique statements. */
    static final ListEntries NONE = new ListEntries(List.of(), "", List.of());

    ListEntries {
        keys = List.copyOf(keys);
        uniques = List.copyOf(uniques);
    }

    /**
     * A leaf of a list entry that a key or unique statement names.
     *
     * @param name the leaf
     * @param qualifiedSuffix {@code ":" + local name}, how a module-qualified member's name ends
     */
    record Leaf(QName name, String qualifiedSuffix) {
        static Leaf of(final QName name) {
            return new Leaf(name, ":" + name.getLocalName());
        }

        String localName() {
            return name.getLocalName();
        }

        /**
         * The value an entry gives for this leaf: the first member named like it, with or without module.
         *
         * @param entry the list entry
         * @return the value, or null when the entry has none
         */
        @Nullable JsonElement in(final JsonObject entry) {
            final String local = name.getLocalName();
            for (Map.Entry<String, JsonElement> member : entry.entrySet()) {
                final String key = member.getKey();
                if (key.equals(local) || key.endsWith(qualifiedSuffix)) {
                    return member.getValue();
                }
            }
            return null;
        }
    }

    /**
     * A unique statement.
     *
     * @param names its leaves, the key of the values seen
     * @param leaves its leaves, to read from entries
     * @param text the leaf names joined by " and ", for messages
     */
    record Unique(List<QName> names, List<Leaf> leaves, String text) {
        Unique {
            names = List.copyOf(names);
            leaves = List.copyOf(leaves);
        }

        /**
         * A unique statement, when all its leaves are direct children of the list.
         *
         * @param statement the statement
         * @return the statement's leaves, or null when one of them is further down
         */
        static @Nullable Unique of(final UniqueEffectiveStatement statement) {
            final List<QName> names = new ArrayList<>();
            final List<Leaf> leaves = new ArrayList<>();
            final StringBuilder text = new StringBuilder();
            for (SchemaNodeIdentifier.Descendant descendant : statement.argument()) {
                if (descendant.getNodeIdentifiers().size() != 1) {
                    return null;
                }
                final QName leaf = descendant.getNodeIdentifiers().get(0);
                names.add(leaf);
                leaves.add(Leaf.of(leaf));
                text.append(text.length() == 0 ? "" : " and ").append(leaf.getLocalName());
            }
            return new Unique(names, leaves, text.toString());
        }
    }

    /**
     * What a list's entries are checked by.
     *
     * @param list the list
     * @return its keys and unique statements
     */
    static ListEntries of(final ListSchemaNode list) {
        final List<Leaf> keys = new ArrayList<>();
        final StringBuilder keyNames = new StringBuilder();
        for (QName key : list.getKeyDefinition()) {
            keys.add(Leaf.of(key));
            keyNames.append(keyNames.length() == 0 ? "" : ",").append(key.getLocalName());
        }
        final List<Unique> uniques = new ArrayList<>();
        for (UniqueEffectiveStatement statement : list.getUniqueConstraints()) {
            final Unique unique = Unique.of(statement);
            if (unique == null) {
                break;
            }
            uniques.add(unique);
        }
        return new ListEntries(keys, keyNames.toString(), uniques);
    }
}
