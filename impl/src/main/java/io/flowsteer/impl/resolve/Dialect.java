/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.RedirectToVrfIpv6;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.RedirectToIpEncoding;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.RedirectToVrfIpv6CodePoint;

/**
 * The wire forms a router takes for actions that have more than one (flowsteer-devices {@code dialect}).
 *
 * @param redirectToIp how a redirect to IP is sent: the communities of draft-ietf-idr-flowspec-redirect-ip
 *     section 3, the next-hop form of draft-simpson-idr-flowspec-redirect section 3, or both
 * @param vrfIpv6 where the IPv6 redirect-to-VRF community goes: RFC 8956 section 6.1's 0x000d or the older
 *     0x800b
 */
public record Dialect(@NonNull RedirectToIpEncoding redirectToIp, RedirectToVrfIpv6.@NonNull CodePoint vrfIpv6) {
    /** What the drafts and RFCs Flowsteer implements say today. */
    public static final @NonNull Dialect IETF = new Dialect(RedirectToIpEncoding.Ietf,
        RedirectToVrfIpv6.CodePoint.RFC_8956);
    /** Redirect to IP as the next hop, IPv6 redirect to VRF at RFC 8956's code point. */
    public static final @NonNull Dialect LEGACY_NEXT_HOP = new Dialect(RedirectToIpEncoding.LegacyNextHop,
        RedirectToVrfIpv6.CodePoint.RFC_8956);

    public Dialect {
        requireNonNull(redirectToIp);
        requireNonNull(vrfIpv6);
    }

    /**
     * Whether redirect to IP goes out in the next-hop form, alone or beside the communities; that form carries one
     * redirect (not copy) target, of the route's address family.
     *
     * @return true for {@code legacy-next-hop} and {@code both}
     */
    public boolean nextHopForm() {
        return redirectToIp != RedirectToIpEncoding.Ietf;
    }

    /**
     * Whether redirect to IP goes out as the draft-ietf-idr-flowspec-redirect-ip communities.
     *
     * @return true for {@code ietf} and {@code both}
     */
    public boolean communityForm() {
        return redirectToIp != RedirectToIpEncoding.LegacyNextHop;
    }

    /**
     * This dialect with a device's overrides.
     *
     * @param encoding the device's redirect-to-ip-encoding, null to keep this one's
     * @param codePoint the device's redirect-to-vrf-ipv6-code-point, null to keep this one's
     * @return the dialect
     */
    public @NonNull Dialect override(final @Nullable RedirectToIpEncoding encoding,
            final @Nullable RedirectToVrfIpv6CodePoint codePoint) {
        final RedirectToVrfIpv6.CodePoint vrf = codePoint == null ? vrfIpv6
            : codePoint == RedirectToVrfIpv6CodePoint.Draft0x800b ? RedirectToVrfIpv6.CodePoint.DRAFT_0X800B
                : RedirectToVrfIpv6.CodePoint.RFC_8956;
        return new Dialect(encoding == null ? redirectToIp : encoding, vrf);
    }
}
