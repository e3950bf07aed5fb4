/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

/**
 * One FSv2 filter component TLV (draft-ietf-idr-fsv2-ip-basic section 3.1.2): 4 flag bits (O = optional, three
 * reserved bits sent as zero and ignored on receipt), a 12-bit type, a 2-octet length and the value.
 */
public sealed interface Fsv2Component permits Fsv2IpComponent, Fsv2OpaqueComponent {
    /** Largest 12-bit component type. */
    int MAX_TYPE = 0xfff;

    /**
     * The O (optional) flag.
     *
     * @return true when the component is optional
     */
    boolean optional();

    /**
     * The 12-bit component type.
     *
     * @return the type
     */
    int componentType();
}
