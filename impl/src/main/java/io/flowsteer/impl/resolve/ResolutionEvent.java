/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.Reason;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Something the engine publishes as a flowsteer-status notification; emitted only on transitions.
 */
public sealed interface ResolutionEvent {
    /**
     * The rule concerned.
     *
     * @return its name
     */
    @NonNull String rule();

    /**
     * The router concerned.
     *
     * @return its name
     */
    @NonNull String device();

    /**
     * The event in operator words, for the log.
     *
     * @return e.g. {@code rule r1 on router pe1: invalid redirect-to-ip: 192.0.2.1 has no route in the global table}
     */
    @NonNull String sentence();

    /**
     * {@code invalid-redirect}: a redirect did not result in a valid redirection (redirect-ip section 2.1,
     * path-redirect section 6, redirect-group section 4, segment-list validation).
     *
     * @param rule the rule
     * @param device the router
     * @param kind which redirect
     * @param reason why, with its code
     */
    record InvalidRedirect(@NonNull String rule, @NonNull String device, @NonNull RedirectKind kind,
            @NonNull Reason reason) implements ResolutionEvent {
        public InvalidRedirect {
            requireNonNull(rule);
            requireNonNull(device);
            requireNonNull(kind);
            requireNonNull(reason);
        }

        @Override
        public String sentence() {
            return "rule " + rule + " on router " + device + ": invalid " + kind.yangName() + ": " + reason.sentence();
        }
    }

    /**
     * {@code sr-policy-fallback}: pinning to the segment list stopped, ordinary SR Policy forwarding (F flag).
     *
     * @param rule the rule
     * @param device the router
     * @param reason why pinning stopped, with its code
     */
    record SrFallback(@NonNull String rule, @NonNull String device, @NonNull Reason reason)
            implements ResolutionEvent {
        public SrFallback {
            requireNonNull(rule);
            requireNonNull(device);
            requireNonNull(reason);
        }

        @Override
        public String sentence() {
            return "rule " + rule + " on router " + device + ": pinning to the segment list stopped, SR Policy"
                + " fallback: " + reason.sentence();
        }
    }

    /**
     * {@code sr-policy-recovery}: the segment list recovered and traffic is pinned to it again (R flag).
     *
     * @param rule the rule
     * @param device the router
     */
    record SrRecovery(@NonNull String rule, @NonNull String device) implements ResolutionEvent {
        public SrRecovery {
            requireNonNull(rule);
            requireNonNull(device);
        }

        @Override
        public String sentence() {
            return "rule " + rule + " on router " + device + ": the segment list recovered, traffic is pinned to it"
                + " again";
        }
    }
}
