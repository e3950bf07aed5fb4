/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.opendaylight.yangtools.yang.model.api.type.ModifierKind;
import org.opendaylight.yangtools.yang.model.api.type.PatternConstraint;

/**
 * The YANG patterns of the models, compiled once: a bulk write checks the same few patterns (prefixes, names,
 * route distinguishers) for every rule it holds, and compiling them per value would cost more than the check.
 * Bounded by the patterns the models declare; one instance serves one schema context ({@link SchemaIndex}).
 */
final class Patterns {
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();
    private final Map<PatternConstraint, Compiled> constraints = new ConcurrentHashMap<>();

    /**
     * A pattern statement ready to match: its compiled pattern and whether it is inverted.
     *
     * @param pattern the compiled pattern
     * @param inverted whether a value must not match it ({@code modifier invert-match}, RFC 7950 section 9.4.6)
     */
    record Compiled(Pattern pattern, boolean inverted) {
        /**
         * Whether a value passes the statement.
         *
         * @param text the value
         * @return true when it matches a plain pattern or does not match an inverted one
         */
        boolean accepts(final String text) {
            return pattern.matcher(text).matches() != inverted;
        }
    }

    /**
     * The compiled form of a pattern.
     *
     * @param javaPattern the pattern in Java syntax, as yangtools gives it
     * @return the compiled pattern
     */
    Pattern of(final String javaPattern) {
        return compiled.computeIfAbsent(javaPattern, Pattern::compile);
    }

    /**
     * The compiled form of a pattern statement, with its modifier, which yangtools looks up among the statement's
     * substatements on every call.
     *
     * @param constraint the statement
     * @return the compiled statement
     */
    Compiled of(final PatternConstraint constraint) {
        final Compiled known = constraints.get(constraint);
        return known != null ? known : constraints.computeIfAbsent(constraint, statement -> new Compiled(
            of(statement.getJavaPatternString()),
            statement.getModifier().filter(ModifierKind.INVERT_MATCH::equals).isPresent()));
    }
}
