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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;

/**
 * The rule compiler in use, shared by everything that compiles rules (the commit cohort, the order keeper, the
 * preview RPC): an immutable {@link RuleCompiler} swapped atomically when {@code bgp-speaker/code-points} changes,
 * so that a compilation uses one set of code points throughout. Thread-safe.
 *
 * <p>A configured rule is compiled once: the commit cohort compiles it during canCommit ({@link #compile(Rule)})
 * and the order keeper, once the transaction is committed, takes that compilation ({@link #compileCommitted(Rule)})
 * instead of compiling again. The hand-off is keyed by the rule's configuration (its whole content) and the
 * compiler, not by the transaction: a cohort may see a transaction that then fails, and MD-SAL names no
 * transaction to a data-tree listener, but compiling is a pure function of the rule and the code points, so a
 * compilation of equal configuration with the same compiler is the right one whichever transaction stored it.
 * Compilations nobody takes (their transaction failed) are dropped, oldest first, beyond {@value #CACHED}.
 */
public final class CurrentCompiler {
    /** How many compilations wait at most to be taken. */
    static final int CACHED = 1024;

    private final AtomicReference<RuleCompiler> compiler;
    private final Map<Key, Compilation> cache = new Oldest();

    /**
     * A rule's configuration under one compiler; {@link RuleCompiler} is compared by identity, so a switch of code
     * points never hands out a compilation made with the previous ones.
     */
    private record Key(RuleCompiler compiler, Rule rule) {
    }

    /**
     * Insertion order, dropping the oldest entry beyond {@value #CACHED}.
     */
    private static final class Oldest extends LinkedHashMap<Key, Compilation> {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(final Map.Entry<Key, Compilation> eldest) {
            return size() > CACHED;
        }
    }

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
     * Compiles a configured rule with the compiler in use, as the commit cohort does during canCommit, and keeps
     * the result for {@link #compileCommitted(Rule)}.
     *
     * @param rule the rule as configured
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compile(final @NonNull Rule rule) {
        final RuleCompiler current = get();
        final Key key = new Key(current, rule);
        synchronized (cache) {
            final Compilation known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        final Compilation compilation = current.compile(rule);
        synchronized (cache) {
            cache.put(key, compilation);
        }
        return compilation;
    }

    /**
     * The compilation of a committed rule with the compiler in use: the one the commit cohort made for equal
     * configuration, taken out of the cache, or else a fresh one.
     *
     * @param rule the rule as committed
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compileCommitted(final @NonNull Rule rule) {
        final RuleCompiler current = get();
        final Compilation known;
        synchronized (cache) {
            known = cache.remove(new Key(current, rule));
        }
        return known != null ? known : current.compile(rule);
    }

    /**
     * How many compilations wait to be taken, for tests.
     *
     * @return the count
     */
    int waiting() {
        synchronized (cache) {
            return cache.size();
        }
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
                synchronized (cache) {
                    cache.clear();
                }
                return true;
            }
        }
    }
}
