/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Redirect to VRF with a route target in the 4-octet AS form, RFC 8955 section 7.4: type 0x82,
 * sub-type 0x08, 4-octet AS number, 2-octet local administrator (the RFC 5668 section 2 layout).
 *
 * @param asNumber the 4-octet AS number, 0..4294967295
 * @param localAdministrator the 2-octet local administrator, 0..65535
 */
public record RedirectToVrfAs4(long asNumber, int localAdministrator) implements RegularExtendedCommunity {
}
