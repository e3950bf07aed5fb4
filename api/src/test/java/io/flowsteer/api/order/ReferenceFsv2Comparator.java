/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.Fsv2OpaqueComponent;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.util.Comparator;
import java.util.List;

/**
 * A direct, slow transcription of draft-ietf-idr-fsv2-ip-basic section 6.1 steps 1-4, used only to cross-check
 * {@link SortKey}. Component values are compared with the RFC 8955 rules of {@link ReferenceFsv1Comparator}.
 */
final class ReferenceFsv2Comparator implements Comparator<Fsv2Nlri> {
    private final ReferenceFsv1Comparator values = new ReferenceFsv1Comparator();

    @Override
    public int compare(final Fsv2Nlri left, final Fsv2Nlri right) {
        if (left.userOrder() != right.userOrder()) {
            return Long.compare(left.userOrder(), right.userOrder());
        }
        final List<Fsv2FilterFamily> as = left.families();
        final List<Fsv2FilterFamily> bs = right.families();
        for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
            if (i >= as.size()) {
                return 1;
            }
            if (i >= bs.size()) {
                return -1;
            }
            if (as.get(i).familyType() != bs.get(i).familyType()) {
                return Integer.compare(as.get(i).familyType(), bs.get(i).familyType());
            }
            final int result = compareComponents(as.get(i).components(), bs.get(i).components());
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private int compareComponents(final List<Fsv2Component> as, final List<Fsv2Component> bs) {
        for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
            if (i >= as.size()) {
                return 1;
            }
            if (i >= bs.size()) {
                return -1;
            }
            final Fsv2Component ca = as.get(i);
            final Fsv2Component cb = bs.get(i);
            if (ca.componentType() != cb.componentType()) {
                return Integer.compare(ca.componentType(), cb.componentType());
            }
            final int result;
            if (ca instanceof Fsv2IpComponent ipa && cb instanceof Fsv2IpComponent ipb) {
                result = values.compare(single(ipa.component()), single(ipb.component()));
            } else {
                final byte[] va = ((Fsv2OpaqueComponent) ca).value().toByteArray();
                final byte[] vb = ((Fsv2OpaqueComponent) cb).value().toByteArray();
                result = ReferenceFsv1Comparator.compareBytes(va, vb);
            }
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static Fsv1Nlri single(final FlowComponent component) {
        return new Fsv1Nlri(component instanceof IpPrefixComponent prefix ? prefix.afi() : Afi.IPV6, component);
    }
}
