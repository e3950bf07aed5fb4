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
 * type 0x00, sub-type 0x0d, 16-octet global administrator, 2-octet local administrator.
 *
 * @param globalAdministrator the IPv6 address of the route target
 * @param localAdministrator the 2-octet local administrator, 0..65535
 */
public record RedirectToVrfIpv6(@NonNull Inet6Address globalAdministrator, int localAdministrator)
        implements Ipv6ExtendedCommunity {
    public RedirectToVrfIpv6 {
        requireNonNull(globalAdministrator, "global-administrator");
    }
}
