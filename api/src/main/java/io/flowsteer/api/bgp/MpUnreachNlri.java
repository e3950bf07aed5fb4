/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpFamily;
import io.flowsteer.api.wire.Fsv1Nlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * MP_UNREACH_NLRI (RFC 4760 section 4) of a family Flowsteer handles. Empty, it is the End-of-RIB marker of the
 * family (RFC 4724 section 2) when it is the only attribute of the UPDATE.
 *
 * @param family the family
 * @param prefixes the withdrawn unicast prefixes
 * @param flowspec the withdrawn flowspec NLRIs
 */
public record MpUnreachNlri(@NonNull BgpFamily family, @NonNull List<IpPrefix> prefixes,
        @NonNull List<Fsv1Nlri> flowspec) {
    /**
     * Copies the lists.
     *
     * @param family family
     * @param prefixes prefixes
     * @param flowspec flowspec NLRIs
     */
    public MpUnreachNlri {
        requireNonNull(family);
        prefixes = List.copyOf(prefixes);
        flowspec = List.copyOf(flowspec);
    }

    /**
     * Whether nothing is withdrawn.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return prefixes.isEmpty() && flowspec.isEmpty();
    }
}
