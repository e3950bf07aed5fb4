/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 Action SubTLV Flowsteer does not interpret, kept as received so that it can be sent on
 * unchanged (draft-liu-idr-flowspec-redirect-sr-segment-list section 3 layout: sub-type, length, value).
 *
 * @param subType the 2-octet sub-type, 0..65535
 * @param value the value octets, at most 65535
 */
public record UnknownFsv2Action(int subType, @NonNull Octets value) implements Fsv2Action {
    public UnknownFsv2Action {
        requireNonNull(value, "value");
    }
}
