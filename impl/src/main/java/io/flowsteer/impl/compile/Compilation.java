/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The outcome of compiling one rule: either its wire form or every reason why it has none.
 */
public sealed interface Compilation {
    /**
     * The rule's name.
     *
     * @return the name
     */
    @NonNull String ruleName();

    /**
     * The rule compiled.
     *
     * @param rule the wire form
     */
    record Compiled(@NonNull CompiledRule rule) implements Compilation {
        public Compiled {
            requireNonNull(rule);
        }

        @Override
        public String ruleName() {
            return rule.name();
        }
    }

    /**
     * The rule cannot be rendered.
     *
     * @param ruleName the rule
     * @param errors every problem found, at least one
     */
    record Refused(@NonNull String ruleName, @NonNull List<RuleError> errors) implements Compilation {
        public Refused {
            requireNonNull(ruleName);
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a refused rule has at least one error");
            }
        }

        /**
         * All errors, one per line.
         *
         * @return the description
         */
        public @NonNull String describe() {
            return errors.stream().map(RuleError::describe).collect(Collectors.joining("\n"));
        }
    }
}
