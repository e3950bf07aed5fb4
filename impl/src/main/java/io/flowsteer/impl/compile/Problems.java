/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.error.EncodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The problems found while compiling one rule. Lives for one compilation only.
 */
final class Problems {
    private final @NonNull String rule;
    private final List<RuleError> errors = new ArrayList<>();

    Problems(final @NonNull String rule) {
        this.rule = rule;
    }

    String rule() {
        return rule;
    }

    void add(final @NonNull String field, final @NonNull String message) {
        errors.add(new RuleError(rule, field, message));
    }

    /**
     * Builds a wire value, turning the api's {@link EncodeException} into an error on the field.
     *
     * @param field the field the value comes from
     * @param builder builds the value
     * @param <T> the value type
     * @return the value, or null when it was refused
     */
    <T> @Nullable T build(final @NonNull String field, final @NonNull Supplier<T> builder) {
        try {
            return builder.get();
        } catch (EncodeException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<RuleError> errors() {
        return List.copyOf(errors);
    }
}
