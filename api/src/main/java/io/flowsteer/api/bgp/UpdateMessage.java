/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.error.ErrorTreatment;
import io.flowsteer.api.error.WireFormatException;
import java.net.Inet4Address;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A received UPDATE, RFC 4271 section 4.3, decoded by {@link UpdateMessageCodec}: the IPv4 unicast fields, the
 * attributes Flowsteer reads, the multiprotocol attributes of the families it handles, and the RFC 7606 errors
 * found on the way.
 *
 * @param withdrawnRoutes the Withdrawn Routes field
 * @param origin ORIGIN, or null when absent or discarded
 * @param asPath AS_PATH (4-octet numbers, AS4_PATH merged is not done), or null when absent
 * @param nextHop NEXT_HOP, or null
 * @param localPref LOCAL_PREF, or null
 * @param attributes the flowspec action attributes and the other attributes kept verbatim
 * @param mpReach MP_REACH_NLRI of a handled family, or null
 * @param mpUnreach MP_UNREACH_NLRI of a handled family, or null
 * @param nlri the NLRI field
 * @param errors the errors that did not reset the session
 */
public record UpdateMessage(@NonNull List<IpPrefix> withdrawnRoutes, @Nullable Integer origin,
        @Nullable List<AsPathSegment> asPath, @Nullable Inet4Address nextHop, @Nullable Long localPref,
        @NonNull RouteAttributes attributes, @Nullable MpReachNlri mpReach, @Nullable MpUnreachNlri mpUnreach,
        @NonNull List<IpPrefix> nlri, @NonNull List<WireFormatException> errors) implements BgpMessage {
    /**
     * Copies the lists.
     *
     * @param withdrawnRoutes withdrawn
     * @param origin origin
     * @param asPath as path
     * @param nextHop next hop
     * @param localPref local pref
     * @param attributes attributes
     * @param mpReach mp reach
     * @param mpUnreach mp unreach
     * @param nlri nlri
     * @param errors errors
     */
    public UpdateMessage {
        withdrawnRoutes = List.copyOf(withdrawnRoutes);
        asPath = asPath == null ? null : List.copyOf(asPath);
        nlri = List.copyOf(nlri);
        errors = List.copyOf(errors);
    }

    /**
     * Whether RFC 7606 treat-as-withdraw applies: every route the UPDATE announces is to be treated as withdrawn.
     *
     * @return true when an error with that treatment was found
     */
    public boolean treatAsWithdraw() {
        return errors.stream().anyMatch(e -> e.treatment() == ErrorTreatment.TREAT_AS_WITHDRAW);
    }

    /**
     * The family whose End-of-RIB marker this UPDATE is (RFC 4724 section 2), if it is one.
     *
     * @return the family, or null
     */
    public @Nullable BgpFamily endOfRib() {
        if (!withdrawnRoutes.isEmpty() || !nlri.isEmpty() || mpReach != null) {
            return null;
        }
        if (mpUnreach == null) {
            return origin == null && asPath == null && attributes.equals(RouteAttributes.EMPTY)
                ? BgpFamily.IPV4_UNICAST : null;
        }
        return mpUnreach.isEmpty() ? mpUnreach.family() : null;
    }
}
