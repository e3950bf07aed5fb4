/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A flowspec route (FSv1 or FSv2) in a peer's Adj-RIB-In: the decoded rule with its communities and other
 * attributes, the path attributes the validation uses, and the validation verdict.
 *
 * @param route the NLRI and its attributes (extended and IPv6 extended communities, others verbatim)
 * @param asPath the AS numbers of AS_PATH as in {@link UnicastRoute#asPath()}
 * @param originatorId ORIGINATOR_ID, or null when absent
 * @param validation the verdict of draft-ietf-idr-fsv2-ip-basic section 5.2.2 (RFC 8955 section 6, RFC 9117)
 */
public record ReceivedFlowspec(@NonNull FlowspecRoute route, @NonNull List<Long> asPath,
        @Nullable Inet4Address originatorId, @NonNull FlowspecValidation validation) {
    /**
     * Checks for nulls and copies the path.
     *
     * @param route route
     * @param asPath AS numbers
     * @param originatorId originator or null
     * @param validation verdict
     */
    public ReceivedFlowspec {
        requireNonNull(route);
        requireNonNull(validation);
        asPath = List.copyOf(asPath);
    }
}
