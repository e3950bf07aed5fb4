/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgument;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;

/**
 * A {@link Reason} as the leaves of flowsteer-status grouping {@code coded-reason}.
 */
public final class ReasonLeaves {
    private ReasonLeaves() {
        // Utility class
    }

    /**
     * The {@code reason-argument} list of a reason.
     *
     * @param reason the reason, or null
     * @return its arguments keyed by name, or null when it has none (the list is then left out)
     */
    public static @Nullable Map<ReasonArgumentKey, ReasonArgument> arguments(final @Nullable Reason reason) {
        if (reason == null || reason.arguments().isEmpty()) {
            return null;
        }
        final Map<ReasonArgumentKey, ReasonArgument> out = new LinkedHashMap<>();
        reason.arguments().forEach((name, value) -> {
            final ReasonArgument argument = new ReasonArgumentBuilder().setName(name).setValue(value).build();
            out.put(argument.key(), argument);
        });
        return out;
    }

    /**
     * The {@code further-reason-code} leaf-list.
     *
     * @param reasons all reasons of a state
     * @return the codes of all but the deciding one, or null when there are none (the leaf-list is then left out)
     */
    public static @Nullable Set<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason>
            furtherCodes(final @NonNull Reasons reasons) {
        final var codes = reasons.furtherCodes();
        return codes.isEmpty() ? null : codes;
    }

    /**
     * The {@code reason-code} of a reason.
     *
     * @param reason the reason, or null
     * @return its code, or null
     */
    public static org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.@Nullable Reason code(
            final @Nullable Reason reason) {
        return reason == null ? null : reason.code();
    }
}
