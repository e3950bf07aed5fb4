/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A routing instance of a router other than the global table: where RFC 8955 section 7.4 redirect to VRF sends
 * traffic (the VRF whose import route target matches), and where a redirect-to-IP inside it is resolved
 * (draft-ietf-idr-flowspec-redirect-ip section 2.2).
 *
 * @param name the VRF name
 * @param routeTarget its import route target as {@code AS:NN} or {@code IPv4:NN}, if configured
 * @param table its static routes
 */
public record VrfTable(@NonNull String name, @Nullable String routeTarget, @NonNull RoutingTable table) {
    public VrfTable {
        requireNonNull(name);
        requireNonNull(table);
    }
}
