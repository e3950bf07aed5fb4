/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Why a state is what it is: a code a program can act on, the sentence an operator reads, and the values the
 * sentence names (flowsteer-status, identity {@code reason}, grouping {@code coded-reason}). Built where the
 * sentence is built; docs/reason-codes.md lists every code.
 *
 * @param code the reason code, an identity derived from flowsteer-status {@code reason}
 * @param sentence the reason in operator words
 * @param arguments what the sentence names that a program may act on (rule, router, address, ...), by name, in
 *     the order they were added
 */
public record Reason(org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.@NonNull Reason code,
        @NonNull String sentence, @NonNull Map<String, String> arguments) {
    public Reason {
        requireNonNull(code);
        requireNonNull(sentence);
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * A reason without arguments yet.
     *
     * @param code the code
     * @param sentence the sentence
     * @return the reason
     */
    public static @NonNull Reason of(
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.@NonNull Reason code,
            final @NonNull String sentence) {
        return new Reason(code, sentence, Map.of());
    }

    /**
     * This reason with one more argument; an argument of that name is replaced.
     *
     * @param name what the value is, e.g. {@code rule}
     * @param value the value as the sentence shows it
     * @return the new reason
     */
    public @NonNull Reason with(final @NonNull String name, final @NonNull Object value) {
        final Map<String, String> more = new LinkedHashMap<>(arguments);
        more.put(requireNonNull(name), requireNonNull(value).toString());
        return new Reason(code, sentence, more);
    }

    /**
     * This reason with another sentence, same code and arguments: a sentence put in context.
     *
     * @param newSentence the sentence
     * @return the new reason
     */
    public @NonNull Reason withSentence(final @NonNull String newSentence) {
        return new Reason(code, newSentence, arguments);
    }

    /**
     * One argument.
     *
     * @param name its name
     * @return its value, or null when the reason has none of that name
     */
    public String argument(final @NonNull String name) {
        return arguments.get(name);
    }
}
