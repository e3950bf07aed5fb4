/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The smallest change turning what a router holds into what Flowsteer wants: the indirection-id table edit
 * ({@link TableEdit}, entry by entry) and the SR Policies to create or replace whole and to delete by key. Unchanged
 * entries and policies are not sent (RFC 6241 section 7.2).
 *
 * @param table the indirection-id table part
 * @param putPolicies SR Policies created or replaced, in key order
 * @param deletePolicies keys of SR Policies removed, in key order
 */
public record RouterEdit(TableEdit table, List<RouterSrPolicy> putPolicies, List<SrPolicyKey> deletePolicies) {
    /**
     * Copies both lists.
     */
    public RouterEdit {
        requireNonNull(table);
        putPolicies = List.copyOf(putPolicies);
        deletePolicies = List.copyOf(deletePolicies);
    }

    /**
     * The smallest edit from {@code current} to {@code wanted}.
     *
     * @param current what the router has
     * @param wanted what Flowsteer wants there
     * @return the edit, empty when both are equal
     */
    public static RouterEdit between(final RouterTables current, final RouterTables wanted) {
        final List<RouterSrPolicy> put = new ArrayList<>();
        final List<SrPolicyKey> delete = new ArrayList<>();
        for (RouterSrPolicy policy : wanted.srPolicies().values()) {
            if (!policy.equals(current.srPolicies().get(policy.key()))) {
                put.add(policy);
            }
        }
        for (SrPolicyKey key : current.srPolicies().keySet()) {
            if (!wanted.srPolicies().containsKey(key)) {
                delete.add(key);
            }
        }
        return new RouterEdit(TableEdit.between(current.indirection(), wanted.indirection()), put, delete);
    }

    /**
     * Whether nothing needs to change.
     *
     * @return true when the edit is empty
     */
    public boolean isEmpty() {
        return table.isEmpty() && putPolicies.isEmpty() && deletePolicies.isEmpty();
    }

    /**
     * Number of entries and policies touched.
     *
     * @return puts plus deletes of both parts
     */
    public int size() {
        return table.size() + putPolicies.size() + deletePolicies.size();
    }

    /**
     * The router state after this edit is applied to {@code current}.
     *
     * @param current the state before
     * @return the state after
     */
    public RouterTables applyTo(final RouterTables current) {
        final Map<SrPolicyKey, RouterSrPolicy> policies = new TreeMap<>(current.srPolicies());
        deletePolicies.forEach(policies::remove);
        putPolicies.forEach(policy -> policies.put(policy.key(), policy));
        return new RouterTables(table.applyTo(current.indirection()), policies);
    }

    /**
     * The part of {@code tables} this edit touches: the entries and SR Policies whose keys it puts or deletes, so
     * that a read-back of only those can be compared with the same part of the wanted state.
     *
     * @param tables a whole or partial router state
     * @return the entries and policies of {@code tables} under this edit's keys
     */
    public RouterTables selectFrom(final RouterTables tables) {
        final List<IndirectionEntry> entries = new ArrayList<>();
        final Map<IndirectionKey, IndirectionEntry> all = tables.indirection().entries();
        table.put().forEach(entry -> addPresent(entries, all.get(entry.key())));
        table.delete().forEach(key -> addPresent(entries, all.get(key)));
        final List<RouterSrPolicy> policies = new ArrayList<>();
        putPolicies.forEach(policy -> addPresent(policies, tables.srPolicies().get(policy.key())));
        deletePolicies.forEach(key -> addPresent(policies, tables.srPolicies().get(key)));
        return RouterTables.of(IndirectionTable.of(entries), policies);
    }

    private static <T> void addPresent(final List<T> list, final @Nullable T value) {
        if (value != null) {
            list.add(value);
        }
    }

    /**
     * Human-readable lines, one per differing entry or policy, as status reports show read-back differences.
     *
     * @return lines like {@code "(0, 7): wanted tunnel te-7"}, {@code "(0, 9): unexpected"} or
     *     {@code "sr-policy (color 5, endpoint 10.0.0.1): missing or not as wanted"}
     */
    public List<String> describe() {
        final List<String> lines = new ArrayList<>(table.describe());
        putPolicies.forEach(policy -> lines.add("sr-policy " + policy.key() + ": missing or not as wanted"));
        deletePolicies.forEach(key -> lines.add("sr-policy " + key + ": unexpected"));
        return List.copyOf(lines);
    }
}
