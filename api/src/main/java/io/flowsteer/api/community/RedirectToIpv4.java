/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Redirect to IPv4, draft-ietf-idr-flowspec-redirect-ip section 3: transitive IPv4 address
 * specific type 0x01, sub-type 0x0c, the target address as global administrator, and a 2-octet
 * local administrator whose least significant bit is C (copy). The other 15 bits are reserved: sent
 * as zero, ignored on receipt.
 *
 * @param target the IPv4 address traffic is redirected (or copied) to
 * @param copy C: when set a copy of the matching traffic is redirected and the original is
 *     forwarded as usual
 */
public record RedirectToIpv4(@NonNull Inet4Address target, boolean copy) implements RegularExtendedCommunity {
    public RedirectToIpv4 {
        requireNonNull(target, "target");
    }
}
