/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * @param reason why, as the {@code invalid-redirect} notification says it
     * @param whole true when the whole redirect is handled as absent, false when only some of its targets are
     */
    record Invalid(@NonNull RedirectKind kind, @NonNull Reason reason, boolean whole) {
        String key() {
            return kind.yangName() + ": " + reason.sentence();
        }
    }

    /**
     * How much a reason weighs in the rule's state: whether it makes the redirect invalid, the rule partially
     * installed, or is said for information only.
     */
    private enum Weight {
        NOTE, PARTIAL, INVALID
    }

    private record Entry(Reason reason, Weight weight) {
    }

    private final List<String> effective = new ArrayList<>();
    // by sentence: a sentence is said once
    private final Map<String, Entry> reasons = new LinkedHashMap<>();
    private final List<Invalid> invalid = new ArrayList<>();
    private boolean partial;
    private boolean sendRedirectGroup;
    private @Nullable ExtendedCommunity compatibilityRedirect;

    void effective(final @NonNull String part) {
        effective.add(part);
    }

    void reason(final @NonNull Reason reason) {
        add(reason, Weight.NOTE);
    }

    void invalid(final @NonNull RedirectKind kind, final @NonNull Reason reason, final boolean whole) {
        invalid.add(new Invalid(kind, reason, whole));
        add(reason.withSentence((whole ? "invalid " : "partly invalid ") + kind.yangName() + ": "
            + reason.sentence()), whole ? Weight.INVALID : Weight.NOTE);
    }

    void partial(final @NonNull Reason reason) {
        partial = true;
        add(reason, Weight.PARTIAL);
    }

    void partial() {
        partial = true;
    }

    private void add(final Reason reason, final Weight weight) {
        reasons.putIfAbsent(reason.sentence(), new Entry(reason, weight));
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
        final Weight deciding;
        if (invalid.stream().anyMatch(Invalid::whole)) {
            state = RuleState.InvalidRedirect;
            deciding = Weight.INVALID;
        } else if (partial) {
            state = RuleState.PartiallyInstalled;
            deciding = Weight.PARTIAL;
        } else {
            state = RuleState.Installed;
            deciding = Weight.NOTE;
        }
        // the reason that decides the state comes first, the others keep their order
        final List<Reason> ordered = new ArrayList<>(reasons.size());
        reasons.values().stream().filter(entry -> entry.weight() == deciding).findFirst()
            .ifPresent(entry -> ordered.add(entry.reason()));
        reasons.values().stream().map(Entry::reason).filter(reason -> ordered.isEmpty() || reason != ordered.get(0))
            .forEach(ordered::add);
        final String action = effective.isEmpty() ? "accept: forward as usual" : String.join("; ", effective);
        return new RuleVerdict(state, new Reasons(ordered), action, true, sendRedirectGroup, compatibilityRedirect);
    }

    static @NonNull String list(final @NonNull List<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }
}
