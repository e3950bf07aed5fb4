/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.wire.FlowspecNlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A rule as Flowsteer puts it on the wire: its NLRI and actions in the api wire model, and their canonical
 * encodings as octets.
 *
 * @param name the rule's name
 * @param nlri the FSv1 or FSv2 NLRI
 * @param communities the action extended communities, in the order they are advertised
 * @param redirectGroup the Redirect Load Balancing Group (draft-wu-idr-flowspec-redirect-group), if any
 * @param srSegmentList the FSv2 redirect to SR Policy segment list action
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list), if any
 * @param srRevertTimerSeconds the local revert timer of the SR segment list action, in seconds
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list section 3.3: local configuration, not sent on the wire);
 *     0 without the action
 * @param target which routers get the rule
 * @param encoding the encodings of the NLRI and of each action
 */
public record CompiledRule(@NonNull String name, @NonNull FlowspecNlri nlri,
        @NonNull List<ExtendedCommunity> communities, @Nullable RedirectGroupCommunity redirectGroup,
        @Nullable SrSegmentListAction srSegmentList, int srRevertTimerSeconds, @NonNull RuleTarget target,
        @NonNull RuleEncoding encoding) {
    public CompiledRule {
        requireNonNull(name);
        requireNonNull(target);
        requireNonNull(nlri);
        requireNonNull(encoding);
        communities = List.copyOf(communities);
        if (communities.size() != encoding.communities().size()) {
            throw new IllegalArgumentException(communities.size() + " communities but "
                + encoding.communities().size() + " encodings");
        }
        if (srRevertTimerSeconds < 0) {
            throw new IllegalArgumentException("revert timer " + srRevertTimerSeconds + " is negative");
        }
    }
}
