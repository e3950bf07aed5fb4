/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.Fsv2Config;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The AFI/SAFI pairs the speaker negotiates with the multiprotocol capability (RFC 4760 section 8): flowspec
 * (RFC 8955 section 4, RFC 8956 section 3), flowspec VPN, flowspec v2 (draft-ietf-idr-fsv2-ip-basic section 9.1,
 * whose SAFI is configured in {@link Fsv2Config}) and, received only, unicast.
 */
public enum BgpFamily {
    /** AFI 1, SAFI 1: IPv4 unicast, received only. */
    IPV4_UNICAST(Afi.IPV4, 1),
    /** AFI 2, SAFI 1: IPv6 unicast, received only. */
    IPV6_UNICAST(Afi.IPV6, 1),
    /** AFI 1, SAFI 133: IPv4 flowspec. */
    IPV4_FLOWSPEC(Afi.IPV4, 133),
    /** AFI 2, SAFI 133: IPv6 flowspec. */
    IPV6_FLOWSPEC(Afi.IPV6, 133),
    /** AFI 1, SAFI 134: IPv4 flowspec VPN. */
    IPV4_FLOWSPEC_VPN(Afi.IPV4, 134),
    /** AFI 2, SAFI 134: IPv6 flowspec VPN. */
    IPV6_FLOWSPEC_VPN(Afi.IPV6, 134),
    /** AFI 1, the FSv2 SAFI (TBD1, {@link Fsv2Config#safi()}, default 245): IPv4 flowspec v2. */
    IPV4_FSV2(Afi.IPV4, Fsv2Config.DEFAULT_SAFI),
    /** AFI 2, the FSv2 SAFI: IPv6 flowspec v2. */
    IPV6_FSV2(Afi.IPV6, Fsv2Config.DEFAULT_SAFI);

    private final @NonNull Afi afi;
    private final int safi;

    BgpFamily(final Afi afi, final int safi) {
        this.afi = afi;
        this.safi = safi;
    }

    /**
     * The address family.
     *
     * @return IPv4 or IPv6
     */
    public @NonNull Afi afi() {
        return afi;
    }

    /**
     * The SAFI code point.
     *
     * @return 1, 133 or 134
     */
    public int safi() {
        return safi;
    }

    /**
     * The SAFI code point with the FSv2 SAFI taken from the configuration.
     *
     * @param fsv2 the FSv2 code points
     * @return 1, 133, 134 or the configured FSv2 SAFI
     */
    public int safi(final @NonNull Fsv2Config fsv2) {
        return isFsv2() ? fsv2.safi() : safi;
    }

    /**
     * Whether this is a flowspec v2 family.
     *
     * @return true for IPv4 and IPv6 FSv2
     */
    public boolean isFsv2() {
        return this == IPV4_FSV2 || this == IPV6_FSV2;
    }

    /**
     * Whether this is a flowspec family (SAFI 133, 134 or FSv2).
     *
     * @return true for flowspec
     */
    public boolean isFlowspec() {
        return safi != 1;
    }

    /**
     * Looks up an AFI/SAFI pair.
     *
     * @param afi the AFI code
     * @param safi the SAFI code
     * @return the family, or null when Flowsteer does not handle the pair
     */
    public static @Nullable BgpFamily forCodes(final int afi, final int safi) {
        return forCodes(afi, safi, Fsv2Config.DEFAULT);
    }

    /**
     * Looks up an AFI/SAFI pair with the FSv2 SAFI taken from the configuration.
     *
     * @param afi the AFI code
     * @param safi the SAFI code
     * @param fsv2 the FSv2 code points
     * @return the family, or null when Flowsteer does not handle the pair
     */
    public static @Nullable BgpFamily forCodes(final int afi, final int safi, final @NonNull Fsv2Config fsv2) {
        for (BgpFamily family : values()) {
            if (family.afi.code() == afi && family.safi(fsv2) == safi) {
                return family;
            }
        }
        return null;
    }
}
