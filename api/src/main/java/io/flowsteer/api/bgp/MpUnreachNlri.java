/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * MP_UNREACH_NLRI (RFC 4760 section 4) of a family Flowsteer handles. Empty, it is an End-of-RIB marker
 * (RFC 4724 section 2).
 *
 * @param family the family
 * @param prefixes withdrawn unicast prefixes
 * @param flowspec withdrawn FSv1 NLRIs
 * @param fsv2 withdrawn FSv2 NLRIs
 */
public record MpUnreachNlri(@NonNull BgpFamily family, @NonNull List<IpPrefix> prefixes,
        @NonNull List<Fsv1Nlri> flowspec, @NonNull List<Fsv2Nlri> fsv2) {
    /**
     * Copies the lists.
     *
     * @param family family
     * @param prefixes prefixes
     * @param flowspec FSv1 NLRIs
     * @param fsv2 FSv2 NLRIs
     */
    public MpUnreachNlri {
        requireNonNull(family);
        prefixes = List.copyOf(prefixes);
        flowspec = List.copyOf(flowspec);
        fsv2 = List.copyOf(fsv2);
    }

    /**
     * Without FSv2 NLRIs.
     *
     * @param family family
     * @param prefixes prefixes
     * @param flowspec FSv1 NLRIs
     */
    public MpUnreachNlri(final @NonNull BgpFamily family, final @NonNull List<IpPrefix> prefixes,
            final @NonNull List<Fsv1Nlri> flowspec) {
        this(family, prefixes, flowspec, List.of());
    }

    /**
     * Whether nothing is withdrawn.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return prefixes.isEmpty() && flowspec.isEmpty() && fsv2.isEmpty();
    }
}
