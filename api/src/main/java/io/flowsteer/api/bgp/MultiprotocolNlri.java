/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * What MP_REACH_NLRI and MP_UNREACH_NLRI (RFC 4760 sections 3 and 4) have in common: the routes of one family.
 */
public sealed interface MultiprotocolNlri permits MpReachNlri, MpUnreachNlri {
    /**
     * The routes.
     *
     * @return the routes of the attribute's family
     */
    @NonNull FamilyNlri routes();

    /**
     * The family.
     *
     * @return the family (AFI and SAFI)
     */
    default @NonNull BgpFamily family() {
        return routes().family();
    }

    /**
     * The unicast prefixes.
     *
     * @return the prefixes (unicast families)
     */
    default @NonNull List<IpPrefix> prefixes() {
        return routes().prefixes();
    }

    /**
     * The FSv1 NLRIs.
     *
     * @return the NLRIs (SAFI 133/134)
     */
    default @NonNull List<Fsv1Nlri> flowspec() {
        return routes().flowspec();
    }

    /**
     * The FSv2 NLRIs.
     *
     * @return the NLRIs (FSv2 families)
     */
    default @NonNull List<Fsv2Nlri> fsv2() {
        return routes().fsv2();
    }

    /**
     * Whether the attribute carries no route; an empty MP_UNREACH_NLRI is an End-of-RIB marker (RFC 4724
     * section 2).
     *
     * @return true when empty
     */
    default boolean isEmpty() {
        return routes().isEmpty();
    }
}
