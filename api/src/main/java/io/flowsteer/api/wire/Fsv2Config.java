/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;


/**
 * Code points draft-ietf-idr-fsv2-ip-basic leaves TBD, as configuration (draft sections 3, 4 and 9).
 *
 * @param ipBasicFamilyType FSv2 Filter Family Type of IP Basic filters (section 4: "TBD")
 * @param safi SAFI for FSv2 (section 9.1: TBD1)
 * @param vpnSafi SAFI for FSv2 for VPNs (section 9.1: TBD2)
 */
public record Fsv2Config(int ipBasicFamilyType, int safi, int vpnSafi) {
    /**
     * Default IP Basic family type: 256, the value the draft's section 3.1.2 list gives for "IP Basic Filter
     * Rules".
     */
    public static final int DEFAULT_IP_BASIC_FAMILY_TYPE = 256;
    /** Default FSv2 SAFI: 245, from the private-use SAFI range (RFC 4760 / IANA 241-254), until IANA assigns. */
    public static final int DEFAULT_SAFI = 245;
    /** Default FSv2 VPN SAFI: 246, private use as above. */
    public static final int DEFAULT_VPN_SAFI = 246;
    /** The defaults. */
    public static final Fsv2Config DEFAULT = new Fsv2Config(DEFAULT_IP_BASIC_FAMILY_TYPE, DEFAULT_SAFI,
        DEFAULT_VPN_SAFI);

    /**
     * Checks ranges.
     *
     * @param ipBasicFamilyType 16-bit family type
     * @param safi 8-bit SAFI
     * @param vpnSafi 8-bit SAFI
     */
    public Fsv2Config {
        unsigned("fsv2 ip basic family type", ipBasicFamilyType, 16);
        unsigned("fsv2 safi", safi, 8);
        unsigned("fsv2 vpn safi", vpnSafi, 8);
    }
}
