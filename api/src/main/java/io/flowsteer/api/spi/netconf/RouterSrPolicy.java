/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An SR Policy a router holds locally (RFC 9256 section 2): redirects to an SR Policy or to one of its segment
 * lists rely on it being there. Candidate paths are kept in key order, so two equal policies compare equal.
 *
 * @param key color and endpoint
 * @param name symbolic name, or null
 * @param bindingSid MPLS binding SID (RFC 9256 section 6), or null
 * @param candidatePaths the candidate paths, keys unique
 */
public record RouterSrPolicy(SrPolicyKey key, @Nullable String name, @Nullable Long bindingSid,
        List<CandidatePath> candidatePaths) {
    private static final Comparator<CandidatePath> PATH_ORDER = Comparator.comparingInt(CandidatePath::protocolOrigin)
        .thenComparing(CandidatePath::originator).thenComparingLong(CandidatePath::discriminator);

    /**
     * Checks the binding SID range, sorts the candidate paths and checks their keys are unique.
     */
    public RouterSrPolicy {
        requireNonNull(key);
        if (bindingSid != null && (bindingSid < 16 || bindingSid > 1_048_575)) {
            throw new IllegalArgumentException("binding SID " + bindingSid + " is outside 16..1048575");
        }
        candidatePaths = candidatePaths.stream().sorted(PATH_ORDER).toList();
        for (int i = 1; i < candidatePaths.size(); i++) {
            if (candidatePaths.get(i).sameKey(candidatePaths.get(i - 1))) {
                throw new IllegalArgumentException("two candidate paths with the key of " + candidatePaths.get(i));
            }
        }
    }
}
