/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static io.flowsteer.api.bytes.FieldChecks.unsigned;

import io.flowsteer.api.error.EncodeException;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 filter family TLV (draft-ietf-idr-fsv2-ip-basic section 3.1.1) with its component TLVs in strictly
 * increasing type order (section 3.3).
 *
 * @param familyType the 16-bit filter family type
 * @param components at least one component, types strictly increasing
 */
public record Fsv2FilterFamily(int familyType, @NonNull List<Fsv2Component> components) {
    /**
     * Checks the type range and component order.
     *
     * @param familyType the family type
     * @param components the components
     */
    public Fsv2FilterFamily {
        components = List.copyOf(components);
        unsigned("fsv2 filter family type", familyType, 16);
        if (components.isEmpty()) {
            throw new EncodeException("fsv2 filter family " + familyType + " has no components");
        }
        int previous = -1;
        for (Fsv2Component component : components) {
            if (component.componentType() <= previous) {
                throw new EncodeException("fsv2 component type " + component.componentType()
                    + " out of order: types must be strictly increasing");
            }
            previous = component.componentType();
        }
    }
}
