/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

/**
 * The 8-octet route distinguisher that precedes the components of a VPN flowspec NLRI (SAFI 134, RFC 8955
 * section 8; RFC 4364 section 4.2).
 *
 * @param value the eight octets as one unsigned number, type in the top two octets
 */
public record RouteDistinguisher(long value) {
    /**
     * The RD type (0, 1 or 2 in RFC 4364).
     *
     * @return the top two octets
     */
    public int rdType() {
        return (int) (value >>> 48);
    }
}
