/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import io.flowsteer.api.wire.FlowspecNlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A change to the flowspec routes one peer should have (its Adj-RIB-Out, RFC 4271 section 3.2), for a caller that
 * knows what changed and should not hand over every route for it. The NLRIs withdrawn go first, then the routes put
 * replace any route of the same NLRI; an NLRI both withdrawn and put is thus put.
 *
 * @param put the routes that are new or have new attributes, in the order to advertise them
 * @param withdrawn the NLRIs the peer should no longer have
 */
public record AdjRibOutChange(@NonNull List<FlowspecRoute> put, @NonNull List<FlowspecNlri> withdrawn) {
    /**
     * Copies the lists.
     *
     * @param put the routes put
     * @param withdrawn the NLRIs withdrawn
     */
    public AdjRibOutChange {
        put = List.copyOf(put);
        withdrawn = List.copyOf(withdrawn);
    }

    /**
     * Whether nothing changes.
     *
     * @return true when no route is put and no NLRI withdrawn
     */
    public boolean isEmpty() {
        return put.isEmpty() && withdrawn.isEmpty();
    }
}
