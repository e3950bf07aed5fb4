/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import org.eclipse.jdt.annotation.NonNull;

/**
 * The redirect an invalid-redirect notification names (flowsteer-status {@code invalid-redirect/redirect}).
 */
public enum RedirectKind {
    /** RFC 8955 section 7.4. */
    REDIRECT_TO_VRF("redirect-to-vrf"),
    /** draft-ietf-idr-flowspec-redirect-ip. */
    REDIRECT_TO_IP("redirect-to-ip"),
    /** draft-ietf-idr-flowspec-path-redirect. */
    REDIRECT_TO_INDIRECTION_ID("redirect-to-indirection-id"),
    /** draft-wu-idr-flowspec-redirect-group. */
    REDIRECT_LOAD_BALANCING_GROUP("redirect-load-balancing-group"),
    /** draft-liu-idr-flowspec-redirect-sr-segment-list. */
    REDIRECT_TO_SR_POLICY_SEGMENT_LIST("redirect-to-sr-policy-segment-list");

    private final @NonNull String yangName;

    RedirectKind(final @NonNull String yangName) {
        this.yangName = yangName;
    }

    /**
     * The YANG enum name of the notification leaf.
     *
     * @return e.g. {@code redirect-to-ip}
     */
    public @NonNull String yangName() {
        return yangName;
    }
}
