/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The actions of a rule in the wire model, before encoding.
 *
 * @param communities extended communities, in advertisement order
 * @param redirectGroup the redirect load balancing group, if any
 * @param srSegmentList the SR segment list action, if any
 */
record CompiledActions(@NonNull List<ExtendedCommunity> communities, @Nullable RedirectGroupCommunity redirectGroup,
        @Nullable SrSegmentListAction srSegmentList) {
    CompiledActions {
        communities = List.copyOf(communities);
    }
}
