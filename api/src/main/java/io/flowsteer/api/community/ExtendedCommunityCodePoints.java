/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import io.flowsteer.api.error.EncodeException;

/**
 * The extended community code points that the drafts leave to IANA (TBD), made configurable.
 * A configured code point takes precedence over a fixed one it happens to collide with.
 *
 * @param indirectionIdType type of redirect to indirection-id, draft-ietf-idr-flowspec-path-redirect
 *     section 7 requests 0x09
 * @param indirectionIdSubType sub-type of redirect to indirection-id; section 7 requests 0x00
 * @param acoSubType sub-type (under type 0x80) of the FSv2 Action Chain Ordering community,
 *     draft-ietf-idr-fsv2-ip-basic-06 section 9.2 TBD4
 */
public record ExtendedCommunityCodePoints(int indirectionIdType, int indirectionIdSubType, int acoSubType) {
    /** The type draft-ietf-idr-flowspec-path-redirect section 7 requests. */
    public static final int DEFAULT_INDIRECTION_ID_TYPE = 0x09;
    /** The sub-type draft-ietf-idr-flowspec-path-redirect section 7 requests. */
    public static final int DEFAULT_INDIRECTION_ID_SUB_TYPE = 0x00;
    /**
     * Flowsteer's stand-in for TBD4, the ACO sub-type: 0xf0, far from the sub-types IANA has
     * assigned under 0x80 so far. Replace it with the IANA value once assigned.
     */
    public static final int DEFAULT_ACO_SUB_TYPE = 0xf0;
    /** The defaults above. */
    public static final ExtendedCommunityCodePoints DEFAULT = new ExtendedCommunityCodePoints(
        DEFAULT_INDIRECTION_ID_TYPE, DEFAULT_INDIRECTION_ID_SUB_TYPE, DEFAULT_ACO_SUB_TYPE);

    public ExtendedCommunityCodePoints {
        checkOctet("indirection-id type", indirectionIdType);
        checkOctet("indirection-id sub-type", indirectionIdSubType);
        checkOctet("aco sub-type", acoSubType);
    }

    private static void checkOctet(final String field, final int value) {
        if (value < 0 || value > 0xff) {
            throw new EncodeException(field + " " + value + " exceeds 1 octet");
        }
    }
}
