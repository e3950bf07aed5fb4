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
 * Redirect to IPv6, draft-ietf-idr-flowspec-redirect-ip section 3: RFC 5701 transitive IPv6
 * address specific type 0x00, sub-type 0x0c, the 16-octet target as global administrator and a
 * 2-octet local administrator whose least significant bit is C (copy); the other bits are reserved.
 *
 * @param target the IPv6 address traffic is redirected (or copied) to
 * @param copy C: redirect a copy of the matching traffic
 */
public record RedirectToIpv6(@NonNull Inet6Address target, boolean copy) implements Ipv6ExtendedCommunity {
    public RedirectToIpv6 {
        requireNonNull(target, "target");
    }
}
