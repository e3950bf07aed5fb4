/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Redirect to VRF with an IPv6 address specific route target, RFC 8956 section 6.1: RFC 5701
 * type 0x00, sub-type 0x0d, 16-octet global administrator, 2-octet local administrator. Routers whose software
 * predates RFC 8956 send and expect sub-type 0x0b instead, the code point of the draft that became RFC 8956
 * (draft-ietf-idr-flow-spec-v6); both are decoded as this community, and {@link #codePoint()} keeps which one so
 * that the community is sent again as it came.
 *
 * @param globalAdministrator the IPv6 address of the route target
 * @param localAdministrator the 2-octet local administrator, 0..65535
 * @param codePoint the sub-type it is carried at
 */
public record RedirectToVrfIpv6(@NonNull Inet6Address globalAdministrator, int localAdministrator,
        @NonNull CodePoint codePoint) implements Ipv6ExtendedCommunity {
    /**
     * Where the community sits in the RFC 5701 transitive IPv6 address specific sub-types.
     */
    public enum CodePoint {
        /** RFC 8956 section 6.1, sub-type 0x0d. */
        RFC_8956(0x0d),
        /** Sub-type 0x0b, as draft-ietf-idr-flow-spec-v6 had it before RFC 8956. */
        SUB_TYPE_0X0B(0x0b);

        private final int subType;

        CodePoint(final int subType) {
            this.subType = subType;
        }

        /**
         * The sub-type octet.
         *
         * @return the sub-type
         */
        public int subType() {
            return subType;
        }
    }

    public RedirectToVrfIpv6 {
        requireNonNull(globalAdministrator, "global-administrator");
        requireNonNull(codePoint, "code-point");
    }

    /**
     * At the RFC 8956 code point.
     *
     * @param globalAdministrator the IPv6 address of the route target
     * @param localAdministrator the 2-octet local administrator, 0..65535
     */
    public RedirectToVrfIpv6(final @NonNull Inet6Address globalAdministrator, final int localAdministrator) {
        this(globalAdministrator, localAdministrator, CodePoint.RFC_8956);
    }

    /**
     * The same route target at another code point.
     *
     * @param other the code point
     * @return the community at it
     */
    public @NonNull RedirectToVrfIpv6 at(final @NonNull CodePoint other) {
        return other == codePoint ? this : new RedirectToVrfIpv6(globalAdministrator, localAdministrator, other);
    }
}
