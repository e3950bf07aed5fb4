/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

/**
 * How a flowspec component value is encoded (RFC 8955 section 4.2.1, draft-ietf-idr-fsv2-ip-basic section 4.1).
 */
public enum ComponentKind {
    /** An IP prefix (IPv4 RFC 4271 form, IPv6 with offset per RFC 8956 section 3.1). */
    PREFIX,
    /** A list of {numeric_op, value} pairs (RFC 8955 section 4.2.1.1). */
    NUMERIC,
    /** A list of {bitmask_op, bitmask} pairs (RFC 8955 section 4.2.1.2). */
    BITMASK
}
