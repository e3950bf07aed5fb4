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
 * Redirect to VRF with a route target in the IPv4 address form, RFC 8955 section 7.4: type 0x81,
 * sub-type 0x08, 4-octet IPv4 address, 2-octet local administrator (the RFC 4360 section 3.2 layout).
 *
 * @param globalAdministrator the IPv4 address
 * @param localAdministrator the 2-octet local administrator, 0..65535
 */
public record RedirectToVrfIpv4(@NonNull Inet4Address globalAdministrator, int localAdministrator)
        implements RegularExtendedCommunity {
    public RedirectToVrfIpv4 {
        requireNonNull(globalAdministrator, "global-administrator");
    }
}
