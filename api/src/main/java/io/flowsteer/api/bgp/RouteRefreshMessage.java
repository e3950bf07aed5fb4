/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

/**
 * ROUTE-REFRESH, RFC 2918 section 3: AFI, a reserved octet (RFC 7313 subtype, 0 here), SAFI.
 *
 * @param afi the AFI code
 * @param safi the SAFI code
 */
public record RouteRefreshMessage(int afi, int safi) implements BgpMessage {
}
