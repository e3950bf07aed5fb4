/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * What a BGP Wide Community container holds around its one Parameter(s) TLV, draft-ietf-idr-wide-bgp-communities
 * section 2: the C and T flag bits, the source and context ASes, the other TLVs and the Parameter(s) TLV value,
 * still undecoded, since its contents depend on the community value.
 *
 * @param confederationBit the C bit of the container flags
 * @param transitivityBit the T bit of the container flags
 * @param sourceAs the source AS
 * @param contextAs the context AS
 * @param parameters the value of the Parameter(s) TLV
 * @param parametersOffset where that value starts within the container contents, for error messages
 * @param otherTlvs the TLVs other than Parameter(s), in wire order
 */
public record WideCommunityEnvelope(boolean confederationBit, boolean transitivityBit, long sourceAs,
        long contextAs, @NonNull Octets parameters, int parametersOffset, @NonNull List<WideCommunityTlv> otherTlvs) {
    /**
     * Copies the list.
     *
     * @param confederationBit C bit
     * @param transitivityBit T bit
     * @param sourceAs source AS
     * @param contextAs context AS
     * @param parameters Parameter(s) TLV value
     * @param parametersOffset offset of that value
     * @param otherTlvs other TLVs
     */
    public WideCommunityEnvelope {
        requireNonNull(parameters, "parameters");
        otherTlvs = List.copyOf(otherTlvs);
    }
}
