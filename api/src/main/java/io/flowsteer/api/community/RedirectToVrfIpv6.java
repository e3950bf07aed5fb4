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
 * type 0x00, sub-type 0x0d, 16-octet global administrator, 2-octet local administrator. Software that predates
 * RFC 8956 sends and expects type 0x80 (generic transitive experimental) sub-type 0x0b instead, the code point of
 * the draft that became RFC 8956 (draft-ietf-idr-flow-spec-v6); GoBGP and ExaBGP still do. Both are decoded as this
 * community, and {@link #codePoint()} keeps which one so that the community is sent again as it came. Type 0x00
 * sub-type 0x0b is not one of them: that is RFC 6515's VRF Route Import.
 *
 * @param globalAdministrator the IPv6 address of the route target
 * @param localAdministrator the 2-octet local administrator, 0..65535
 * @param codePoint the sub-type it is carried at
 */
public record RedirectToVrfIpv6(@NonNull Inet6Address globalAdministrator, int localAdministrator,
        @NonNull CodePoint codePoint) implements Ipv6ExtendedCommunity {
    /**
     * The type and sub-type octets the community is carried at.
     */
    public enum CodePoint {
        /** RFC 8956 section 6.1: RFC 5701 transitive type 0x00, sub-type 0x0d. */
        RFC_8956(0x000d),
        /** Type 0x80, sub-type 0x0b, as draft-ietf-idr-flow-spec-v6 had it before RFC 8956. */
        DRAFT_0X800B(0x800b);

        private final int typeAndSubType;

        CodePoint(final int typeAndSubType) {
            this.typeAndSubType = typeAndSubType;
        }

        /**
         * The type octet followed by the sub-type octet.
         *
         * @return both octets as one unsigned 16-bit number
         */
        public int typeAndSubType() {
            return typeAndSubType;
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
