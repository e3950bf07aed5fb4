/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Observes the peers of a {@link BgpSouthbound}. Callbacks run on the speaker's I/O threads, in order per peer; an
 * implementation must return quickly and must not throw (a thrown exception is logged and ignored).
 */
public interface BgpPeerListener {
    /**
     * A peer's status changed: FSM state, negotiated session or last error.
     *
     * @param status the new status
     */
    default void onStatus(final @NonNull PeerStatus status) {
        // nothing by default
    }

    /**
     * Unicast routes received in one UPDATE (RFC 4271 section 3.1, RFC 4760 section 3 and 4).
     *
     * @param peer the peer
     * @param announced routes announced or replaced
     * @param withdrawn routes withdrawn (also those an RFC 7606 treat-as-withdraw error turned into withdrawals)
     */
    default void onUnicastRoutes(final @NonNull InetAddress peer, final @NonNull List<UnicastRoute> announced,
            final @NonNull List<UnicastRoute> withdrawn) {
        // nothing by default
    }

    /**
     * Flowspec routes received in one UPDATE.
     *
     * @param peer the peer
     * @param announced routes announced or replaced
     * @param withdrawn NLRIs withdrawn (also those an RFC 7606 treat-as-withdraw error turned into withdrawals)
     */
    default void onFlowspecRoutes(final @NonNull InetAddress peer, final @NonNull List<FlowspecRoute> announced,
            final @NonNull List<Fsv1Nlri> withdrawn) {
        // nothing by default
    }

    /**
     * FSv2 NLRIs withdrawn in one UPDATE (draft-ietf-idr-fsv2-ip-basic section 9.1, MP_UNREACH_NLRI of an FSv2
     * family, or a treat-as-withdraw error). FSv2 announcements arrive through
     * {@link #onFlowspecRoutes(InetAddress, List, List)} with an {@link Fsv2Nlri} in the route.
     *
     * @param peer the peer
     * @param withdrawn the NLRIs
     */
    default void onFsv2Withdrawn(final @NonNull InetAddress peer, final @NonNull List<Fsv2Nlri> withdrawn) {
        // nothing by default
    }

    /**
     * The peer finished its initial advertisement of a family with an End-of-RIB marker (RFC 4724 section 2).
     *
     * @param peer the peer
     * @param family the family
     */
    default void onEndOfRib(final @NonNull InetAddress peer, final @NonNull BgpFamily family) {
        // nothing by default
    }
}
