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

/**
 * The YANG patterns of the models, compiled once: a bulk write checks the same few patterns (prefixes, names,
 * route distinguishers) for every rule it holds, and compiling them per value would cost more than the check.
 * Bounded by the patterns the models declare.
 */
final class Patterns {
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    /**
     * The compiled form of a pattern.
     *
     * @param javaPattern the pattern in Java syntax, as yangtools gives it
     * @return the compiled pattern
     */
    Pattern of(final String javaPattern) {
        return compiled.computeIfAbsent(javaPattern, Pattern::compile);
    }
}
