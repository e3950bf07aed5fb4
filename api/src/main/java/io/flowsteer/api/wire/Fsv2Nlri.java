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
import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 NLRI (draft-ietf-idr-fsv2-ip-basic section 3.1): Dependent Filters Chain, User Order and filter family
 * TLVs in strictly increasing family type order (section 3.3).
 *
 * @param afi the address family the IP Basic components belong to
 * @param dependentFiltersChain 32-bit unsigned DFC (section 3.2); 0 means no dependency
 * @param userOrder 32-bit unsigned user order; lower values are installed first (section 6.1)
 * @param families at least one family, types strictly increasing
 */
public record Fsv2Nlri(@NonNull Afi afi, long dependentFiltersChain, long userOrder,
        @NonNull List<Fsv2FilterFamily> families) implements FlowspecNlri {
    /**
     * Checks ranges, family order and family constraints of IP components.
     *
     * @param afi address family
     * @param dependentFiltersChain DFC
     * @param userOrder user order
     * @param families the families
     */
    public Fsv2Nlri {
        Objects.requireNonNull(afi);
        families = List.copyOf(families);
        unsigned("fsv2 dependent filters chain", dependentFiltersChain, 32);
        unsigned("fsv2 user order", userOrder, 32);
        if (families.isEmpty()) {
            throw new EncodeException("fsv2 NLRI has no filter family");
        }
        int previous = -1;
        for (Fsv2FilterFamily family : families) {
            if (family.familyType() <= previous) {
                throw new EncodeException("fsv2 filter family " + family.familyType()
                    + " out of order: types must be strictly increasing");
            }
            previous = family.familyType();
            for (Fsv2Component component : family.components()) {
                if (component instanceof Fsv2IpComponent ip) {
                    final String error = Fsv1Nlri.checkFamily(afi, ip.component());
                    if (error != null) {
                        throw new EncodeException(error);
                    }
                }
            }
        }
    }
}
