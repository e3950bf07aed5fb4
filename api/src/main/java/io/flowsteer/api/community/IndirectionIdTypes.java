/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import java.util.List;

/**
 * The ID-Type octet of a redirect to indirection-id community, draft-ietf-idr-flowspec-path-redirect-12
 * section 4: 0 Localised ID, 1-4 SR-MPLS node id and binding SID given as SID index or SID label, 5 tunnel id,
 * 6-7 SRv6 node id and binding SID. Every other octet value is legal on the wire and is carried as given; it has
 * no name. The names are those of the {@code indirection-id-type} YANG type.
 */
public final class IndirectionIdTypes {
    /** ID-Type 0: an entry of the router's localised indirection-id table. */
    public static final int LOCALISED_ID = 0;
    /** ID-Type 5: a 32-bit tunnel identifier. */
    public static final int TUNNEL_ID = 5;

    private static final List<String> NAMES = List.of("localised-id", "sr-mpls-node-id-index",
        "sr-mpls-node-id-label", "sr-mpls-binding-sid-index", "sr-mpls-binding-sid-label", "tunnel-id",
        "srv6-node-id", "srv6-binding-sid");

    private IndirectionIdTypes() {
    }

    /**
     * How an operator reads an ID-Type.
     *
     * @param idType the octet, 0..255
     * @return the draft's name for it, or {@code id-type N} for a value the draft does not name
     */
    public static String name(final int idType) {
        if (idType < 0 || idType > 0xFF) {
            throw new IllegalArgumentException("ID-Type " + idType + " is not a 1-octet value");
        }
        return idType < NAMES.size() ? NAMES.get(idType) : "id-type " + idType;
    }

    /**
     * Whether the draft names this ID-Type.
     *
     * @param idType the octet
     * @return true for 0..7
     */
    public static boolean named(final int idType) {
        return idType >= 0 && idType < NAMES.size();
    }
}
