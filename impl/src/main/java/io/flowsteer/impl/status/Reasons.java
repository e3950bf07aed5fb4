/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Every reason a state has, the one that decides the state first (flowsteer-status {@code rule-device-status}:
 * {@code reason}, {@code reason-code}, {@code reason-argument}, {@code further-reason-code}).
 *
 * @param all the reasons, the deciding one first; empty when nothing needs saying
 */
public record Reasons(@NonNull List<Reason> all) {
    /**
     * No reason: nothing needs saying.
     */
    public static final @NonNull Reasons NONE = new Reasons(List.of());

    public Reasons {
        all = List.copyOf(all);
    }

    /**
     * The given reasons, the deciding one first.
     *
     * @param reasons the reasons
     * @return them
     */
    public static @NonNull Reasons of(final @NonNull Reason... reasons) {
        return new Reasons(List.of(reasons));
    }

    /**
     * Whether anything needs saying.
     *
     * @return true without reasons
     */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * The reason that decides the state.
     *
     * @return the first reason, or null when there is none
     */
    public @Nullable Reason leading() {
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The sentence an operator reads: every reason, the deciding one first, joined by {@code "; "}.
     *
     * @return the sentence, or null when there is no reason
     */
    public @Nullable String sentence() {
        return all.isEmpty() ? null : String.join("; ", all.stream().map(Reason::sentence).toList());
    }

    /**
     * The codes of the other reasons, each once, without the deciding reason's code.
     *
     * @return the codes, in order
     */
    public @NonNull Set<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason> furtherCodes() {
        final Set<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason> codes =
            new LinkedHashSet<>();
        all.stream().skip(1).map(Reason::code).forEach(codes::add);
        final Reason leading = leading();
        if (leading != null) {
            codes.remove(leading.code());
        }
        return codes;
    }

    /**
     * All codes, the deciding one first, each once.
     *
     * @return the codes
     */
    public @NonNull List<org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Reason> codes() {
        return all.stream().map(Reason::code).distinct().toList();
    }
}
