/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.TbdCodePoints;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The rule compiler in use, shared by everything that compiles rules (the commit cohort, the order keeper, the
 * preview RPC): an immutable {@link RuleCompiler} swapped atomically when {@code bgp-speaker/code-points} changes,
 * so that a compilation uses one set of code points throughout. Thread-safe.
 */
public final class CurrentCompiler {
    private final AtomicReference<RuleCompiler> compiler;

    /**
     * Starts with the default code points ({@link TbdCodePoints#DEFAULT}).
     */
    public CurrentCompiler() {
        this(new RuleCompiler());
    }

    /**
     * Starts with a given compiler.
     *
     * @param initial the compiler to use until {@link #use(TbdCodePoints)}
     */
    public CurrentCompiler(final @NonNull RuleCompiler initial) {
        compiler = new AtomicReference<>(requireNonNull(initial));
    }

    /**
     * The compiler to use now.
     *
     * @return the compiler
     */
    public @NonNull RuleCompiler get() {
        return compiler.get();
    }

    /**
     * The code points of the compiler in use.
     *
     * @return the code points
     */
    public @NonNull TbdCodePoints codePoints() {
        return get().codePoints();
    }

    /**
     * Switches to a compiler with the given code points, unless the current one has them already.
     *
     * @param codePoints the code points
     * @return true if the compiler changed
     */
    public boolean use(final @NonNull TbdCodePoints codePoints) {
        requireNonNull(codePoints);
        while (true) {
            final RuleCompiler current = compiler.get();
            if (current.codePoints().equals(codePoints)) {
                return false;
            }
            if (compiler.compareAndSet(current, new RuleCompiler(codePoints))) {
                return true;
            }
        }
    }
}
