/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

/**
 * Path attribute type codes and flags (RFC 4271 section 4.3 and the RFCs named per constant).
 */
public final class PathAttributeType {
    /** Optional bit. */
    public static final int FLAG_OPTIONAL = 0x80;
    /** Transitive bit. */
    public static final int FLAG_TRANSITIVE = 0x40;
    /** Extended Length bit. */
    public static final int FLAG_EXTENDED_LENGTH = 0x10;
    /** ORIGIN, RFC 4271. */
    public static final int ORIGIN = 1;
    /** AS_PATH, RFC 4271. */
    public static final int AS_PATH = 2;
    /** NEXT_HOP, RFC 4271. */
    public static final int NEXT_HOP = 3;
    /** MULTI_EXIT_DISC, RFC 4271. */
    public static final int MULTI_EXIT_DISC = 4;
    /** LOCAL_PREF, RFC 4271. */
    public static final int LOCAL_PREF = 5;
    /** ORIGINATOR_ID, RFC 4456 section 7. */
    public static final int ORIGINATOR_ID = 9;
    /** MP_REACH_NLRI, RFC 4760 section 3. */
    public static final int MP_REACH_NLRI = 14;
    /** MP_UNREACH_NLRI, RFC 4760 section 4. */
    public static final int MP_UNREACH_NLRI = 15;
    /** EXTENDED_COMMUNITIES, RFC 4360. */
    public static final int EXTENDED_COMMUNITIES = 16;
    /** AS4_PATH, RFC 6793. */
    public static final int AS4_PATH = 17;
    /** IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY, RFC 5701. */
    public static final int IPV6_EXTENDED_COMMUNITIES = 25;

    private PathAttributeType() {
        // constants only
    }
}
