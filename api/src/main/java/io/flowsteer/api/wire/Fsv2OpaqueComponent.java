/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;

import io.flowsteer.api.bytes.Octets;
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 filter component TLV Flowsteer does not interpret; it is carried unchanged, as
 * draft-ietf-idr-fsv2-ip-basic section 3.1.2 requires ("MUST pass valid filter TLVs").
 *
 * @param optional the O flag
 * @param componentType the 12-bit type
 * @param value the value octets
 */
public record Fsv2OpaqueComponent(boolean optional, int componentType, @NonNull Octets value)
        implements Fsv2Component {
    /**
     * Checks the type range and value length.
     *
     * @param optional the O flag
     * @param componentType the 12-bit type
     * @param value the value octets
     */
    public Fsv2OpaqueComponent {
        Objects.requireNonNull(value);
        unsigned("fsv2 component type", componentType, 12);
        unsigned("fsv2 component value length", value.length(), 16);
    }
}
