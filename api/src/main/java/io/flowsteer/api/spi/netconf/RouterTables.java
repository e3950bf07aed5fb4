/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything Flowsteer keeps on one router: its indirection-id table (draft-ietf-idr-flowspec-path-redirect
 * section 2) and the SR Policies (RFC 9256 section 2) that redirects rely on. The wanted state of a router, or the
 * state read back from it.
 *
 * @param indirection the indirection-id table
 * @param srPolicies SR Policies by key, kept in key order
 */
public record RouterTables(IndirectionTable indirection, Map<SrPolicyKey, RouterSrPolicy> srPolicies) {
    /** Nothing at all. */
    public static final RouterTables EMPTY = new RouterTables(IndirectionTable.EMPTY, Map.of());

    /**
     * Copies the policies into an unmodifiable key-ordered map and checks each is filed under its own key.
     */
    public RouterTables {
        requireNonNull(indirection);
        final TreeMap<SrPolicyKey, RouterSrPolicy> copy = new TreeMap<>(srPolicies);
        copy.forEach((key, policy) -> {
            if (!key.equals(policy.key())) {
                throw new IllegalArgumentException("SR Policy " + policy + " filed under key " + key);
            }
        });
        srPolicies = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A router state holding an indirection-id table and no SR Policies.
     *
     * @param indirection the table
     * @return the state
     */
    public static RouterTables of(final IndirectionTable indirection) {
        return new RouterTables(indirection, Map.of());
    }

    /**
     * A router state of the given table and policies.
     *
     * @param indirection the table
     * @param policies the policies, keys unique
     * @return the state
     * @throws IllegalArgumentException when two policies share a key
     */
    public static RouterTables of(final IndirectionTable indirection, final Collection<RouterSrPolicy> policies) {
        final TreeMap<SrPolicyKey, RouterSrPolicy> map = new TreeMap<>();
        for (RouterSrPolicy policy : policies) {
            if (map.put(policy.key(), policy) != null) {
                throw new IllegalArgumentException("two SR Policies with key " + policy.key());
            }
        }
        return new RouterTables(indirection, map);
    }
}
