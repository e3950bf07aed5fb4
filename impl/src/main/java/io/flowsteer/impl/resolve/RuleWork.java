/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.ExtendedCommunity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * What is found out about one rule on one router while resolving it: effective action parts, reasons, invalid
 * redirects, the capabilities it misses. Confined to one {@link RuleResolver#resolve} call.
 */
final class RuleWork {
    /**
     * An invalid redirect.
     *
     * @param kind which redirect
     * @param reason why
     * @param whole true when the whole redirect is handled as absent, false when only some of its targets are
     */
    record Invalid(@NonNull RedirectKind kind, @NonNull String reason, boolean whole) {
        String key() {
            return kind.yangName() + ": " + reason;
        }
    }

    private final List<String> effective = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final List<Invalid> invalid = new ArrayList<>();
    private boolean partial;
    private boolean sendRedirectGroup;
    private @Nullable ExtendedCommunity compatibilityRedirect;

    void effective(final @NonNull String part) {
        effective.add(part);
    }

    void reason(final @NonNull String reason) {
        reasons.add(reason);
    }

    void invalid(final @NonNull RedirectKind kind, final @NonNull String reason, final boolean whole) {
        invalid.add(new Invalid(kind, reason, whole));
        reasons.add((whole ? "invalid " : "partly invalid ") + kind.yangName() + ": " + reason);
    }

    void partial(final @NonNull String reason) {
        partial = true;
        reasons.add(reason);
    }

    void partial() {
        partial = true;
    }

    void redirectGroup(final boolean send, final @Nullable ExtendedCommunity compatibility) {
        sendRedirectGroup = send;
        compatibilityRedirect = compatibility;
    }

    List<Invalid> invalids() {
        return invalid;
    }

    @NonNull RuleVerdict verdict() {
        final RuleState state;
        if (invalid.stream().anyMatch(Invalid::whole)) {
            state = RuleState.InvalidRedirect;
        } else if (partial) {
            state = RuleState.PartiallyInstalled;
        } else {
            state = RuleState.Installed;
        }
        final String action = effective.isEmpty() ? "accept: forward as usual" : String.join("; ", effective);
        return new RuleVerdict(state, reasons.isEmpty() ? null : String.join("; ", reasons), action, true,
            sendRedirectGroup, compatibilityRedirect);
    }

    static @NonNull String list(final @NonNull List<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }
}
