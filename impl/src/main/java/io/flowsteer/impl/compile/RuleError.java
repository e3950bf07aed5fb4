/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.NonNull;

/**
 * One reason why a rule cannot be rendered, in words an operator can act on.
 *
 * @param rule the rule's name
 * @param field the path of the offending field below the rule, e.g. {@code match/destination-prefix/offset}
 * @param message what is wrong with the field's value, e.g. {@code 64 is not below the prefix length 48}
 */
public record RuleError(@NonNull String rule, @NonNull String field, @NonNull String message) {
    public RuleError {
        requireNonNull(rule);
        requireNonNull(field);
        requireNonNull(message);
    }

    /**
     * The error as one sentence naming the rule and the field.
     *
     * @return e.g. {@code rule block-dns: match/destination-prefix/offset 64 is not below the prefix length 48}
     */
    public @NonNull String describe() {
        return "rule " + rule + ": " + field + " " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
