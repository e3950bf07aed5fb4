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
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * The rule compiler in use, shared by everything that compiles rules (the commit cohort, the order keeper, the
 * preview RPC): an immutable {@link RuleCompiler} swapped atomically when {@code bgp-speaker/code-points} changes,
 * so that a compilation uses one set of code points throughout. Thread-safe.
 *
 * <p>A configured rule is compiled once: the commit cohort compiles it during canCommit
 * ({@link #compileChecked(NormalizedNode, Rule)}) and the order keeper, once the transaction is committed, takes
 * that compilation ({@link #compileCommitted(NormalizedNode, Rule)}) instead of compiling again. The hand-off is
 * keyed by the rule's data node itself, by identity, and the compiler: the datastore commits the very node its
 * cohorts checked and hands that node to its listeners, so equal identity means the same configuration, found
 * without reading it (comparing configuration would decode every rule twice more, which cost more than compiling).
 * It is not keyed by the transaction: a cohort may see a transaction that then fails, and MD-SAL names no
 * transaction to a data-tree listener. A node the listener gets that no cohort saw (a copy, as a datastore that
 * rebuilt its tree would hand out) is compiled afresh, which is always right. Compilations nobody takes (their
 * transaction failed) are dropped, oldest first, beyond {@value #CACHED}.
 */
public final class CurrentCompiler {
    /** How many compilations wait at most to be taken. */
    static final int CACHED = 1024;

    private final AtomicReference<RuleCompiler> compiler;
    private final Map<DataIdentity, Checked> checked = new Oldest();

    /**
     * A rule's data node, equal only to itself.
     */
    private record DataIdentity(NormalizedNode data) {
        @Override
        public boolean equals(final Object obj) {
            return obj instanceof DataIdentity other && other.data == data;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(data);
        }
    }

    /**
     * A compilation and the compiler that made it; {@link RuleCompiler} is compared by identity, so a switch of
     * code points never hands out a compilation made with the previous ones.
     */
    private record Checked(RuleCompiler compiler, Compilation compilation) {
    }

    /**
     * Insertion order, dropping the oldest entry beyond {@value #CACHED}.
     */
    private static final class Oldest extends LinkedHashMap<DataIdentity, Checked> {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(final Map.Entry<DataIdentity, Checked> eldest) {
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
     * the result for {@link #compileCommitted(NormalizedNode, Rule)}.
     *
     * @param data the rule's data node as the transaction writes it
     * @param rule the same rule, as a binding
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compileChecked(final @NonNull NormalizedNode data, final @NonNull Rule rule) {
        final RuleCompiler current = get();
        final Compilation compilation = current.compile(rule);
        synchronized (checked) {
            checked.put(new DataIdentity(data), new Checked(current, compilation));
        }
        return compilation;
    }

    /**
     * The compilation of a committed rule with the compiler in use: the one the commit cohort made of this very
     * data node, taken out of the cache, or else a fresh one.
     *
     * @param data the rule's data node as committed
     * @param rule the same rule, as a binding; read only when it is compiled afresh
     * @return its wire form, or every error found
     */
    public @NonNull Compilation compileCommitted(final @NonNull NormalizedNode data, final @NonNull Rule rule) {
        final RuleCompiler current = get();
        final Checked known;
        synchronized (checked) {
            known = checked.remove(new DataIdentity(data));
        }
        return known != null && known.compiler() == current ? known.compilation() : current.compile(rule);
    }

    /**
     * How many compilations wait to be taken, for tests.
     *
     * @return the count
     */
    int waiting() {
        synchronized (checked) {
            return checked.size();
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
                synchronized (checked) {
                    checked.clear();
                }
                return true;
            }
        }
    }
}
