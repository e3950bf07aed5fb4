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
 * @param routes the withdrawn routes
 */
public record MpUnreachNlri(@NonNull FamilyNlri routes) implements MultiprotocolNlri {
    /**
     * Checks the routes.
     *
     * @param routes withdrawn routes
     */
    public MpUnreachNlri {
        requireNonNull(routes);
    }

    /**
     * From the parts of the routes.
     *
     * @param family family
     * @param prefixes withdrawn prefixes
     * @param flowspec withdrawn FSv1 NLRIs
     * @param fsv2 withdrawn FSv2 NLRIs
     */
    public MpUnreachNlri(final @NonNull BgpFamily family, final @NonNull List<IpPrefix> prefixes,
            final @NonNull List<Fsv1Nlri> flowspec, final @NonNull List<Fsv2Nlri> fsv2) {
        this(new FamilyNlri(family, prefixes, flowspec, fsv2));
    }

    /**
     * Without FSv2 NLRIs.
     *
     * @param family family
     * @param prefixes withdrawn prefixes
     * @param flowspec withdrawn FSv1 NLRIs
     */
    public MpUnreachNlri(final @NonNull BgpFamily family, final @NonNull List<IpPrefix> prefixes,
            final @NonNull List<Fsv1Nlri> flowspec) {
        this(family, prefixes, flowspec, List.of());
    }
}
