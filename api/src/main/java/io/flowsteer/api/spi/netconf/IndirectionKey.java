/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import org.eclipse.jdt.annotation.NonNull;

/**
 * Key of an indirection-id table entry: the 1-octet ID-Type and the 32-bit generalized indirection id of
 * draft-ietf-idr-flowspec-path-redirect section 4.
 *
 * @param idType ID-Type, 0..255
 * @param id indirection id, 0..4294967295
 */
public record IndirectionKey(int idType, long id) implements Comparable<IndirectionKey> {

    /**
     * Checks the field ranges.
     */
    public IndirectionKey {
        if (idType < 0 || idType > 0xFF) {
            throw new IllegalArgumentException("ID-Type " + idType + " is not a 1-octet value");
        }
        if (id < 0 || id > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("indirection id " + id + " is not a 32-bit unsigned value");
        }
    }

    @Override
    public int compareTo(final @NonNull IndirectionKey other) {
        final int byType = Integer.compare(idType, other.idType);
        return byType != 0 ? byType : Long.compare(id, other.id);
    }

    @Override
    public String toString() {
        return "(" + idType + ", " + id + ")";
    }
}
