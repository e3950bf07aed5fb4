/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The outcome of decoding a Redirect Load Balancing Group: the community, and the elements the
 * decoder ignored as draft-wu-idr-flowspec-redirect-group-01 section 2.3 requires (a path-tlv that
 * duplicates an earlier one), each described in one warning.
 *
 * @param community the decoded community
 * @param warnings one line per ignored element, empty when nothing was ignored
 */
public record RedirectGroupDecodeResult(@NonNull RedirectGroupCommunity community,
        @NonNull List<@NonNull String> warnings) {
    public RedirectGroupDecodeResult {
        requireNonNull(community, "community");
        warnings = List.copyOf(requireNonNull(warnings, "warnings"));
    }
}
