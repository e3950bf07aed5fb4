/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.guard.CurrentGuards;
import io.flowsteer.impl.guard.RuleGuards;
import io.flowsteer.impl.validate.ConfigCommitCohort;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a configuration transaction that writes a rule Flowsteer cannot render: every rule written or modified is
 * compiled during canCommit, and any {@link RuleError} fails the commit listing them all, so nothing is stored.
 * This enforces what YANG says but the datastore does not (must, when) and what YANG cannot say (offset below
 * length, host bits, values that do not fit their wire fields). The order keeper takes each compilation made here
 * once the transaction is committed ({@link CurrentCompiler#compileCommitted}).
 *
 * <p>A rule that compiles is then held against the safety guards in force ({@link RuleGuards}, issue 15 items 5 and
 * 6: protected prefixes and blast radius). What they find refuses the rule too, unless the rule has {@code force}
 * true: then it is accepted and each override is logged at WARN.
 */
public final class RuleCommitCohort extends ConfigCommitCohort {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCommitCohort.class);
    private static final InstanceIdentifier<Flowspec> FLOWSPEC = InstanceIdentifier.create(Flowspec.class);
    private static final String OVERRIDE_HINT = RuleGuards.OVERRIDE;

    private final @NonNull CurrentCompiler compiler;
    private final @NonNull CurrentGuards guards;

    /**
     * A cohort compiling with a fixed compiler.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param compiler the rule compiler
     */
    public RuleCommitCohort(final @NonNull DOMDataBroker domDataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer, final @NonNull RuleCompiler compiler) {
        this(domDataBroker, serializer, new CurrentCompiler(compiler));
    }

    /**
     * A cohort compiling with the compiler in use at each commit, so with the code points in use.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param compiler the rule compiler in use
     */
    public RuleCommitCohort(final @NonNull DOMDataBroker domDataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer, final @NonNull CurrentCompiler compiler) {
        this(domDataBroker, serializer, compiler, new CurrentGuards());
    }

    /**
     * A cohort compiling with the compiler in use and holding rules against the guards in force at each commit.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param compiler the rule compiler in use
     * @param guards the safety guards in force
     */
    public RuleCommitCohort(final @NonNull DOMDataBroker domDataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer, final @NonNull CurrentCompiler compiler,
            final @NonNull CurrentGuards guards) {
        super(domDataBroker, serializer);
        this.compiler = requireNonNull(compiler);
        this.guards = requireNonNull(guards);
        LOG.debug("Rules are compiled and guarded at commit");
    }

    /**
     * The rules list itself (the map node, not a wildcard of its entries), so that the candidate is the list with
     * one child per changed rule, in the controller's datastore as in any other.
     */
    @Override
    protected YangInstanceIdentifier subtree() {
        return serializer().toYangInstanceIdentifier(FLOWSPEC).node(Rule.QNAME);
    }

    /**
     * Walks a candidate rooted at the rules list (or at one rule) and compiles every rule that is written.
     */
    @Override
    protected void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final List<String> errors) {
        final ModificationType type = node.modificationType();
        if (type == ModificationType.DELETE || type == ModificationType.DISAPPEARED
                || type == ModificationType.UNMODIFIED) {
            return;
        }
        final NormalizedNode after = node.dataAfter();
        if (after instanceof MapEntryNode entry) {
            final Object binding;
            try {
                final var converted = serializer().fromNormalizedNode(path, after);
                binding = converted == null ? null : converted.getValue();
            } catch (IllegalArgumentException e) {
                // the binding constructors check patterns the datastore left alone, such as addresses
                errors.add(new RuleError(String.valueOf(entry.name().values().iterator().next()), "",
                    String.valueOf(e.getMessage())).describe());
                return;
            }
            if (binding instanceof Rule rule) {
                if (compiler.compileChecked(entry, rule) instanceof Compilation.Refused refused) {
                    refused.errors().forEach(error -> errors.add(error.describe()));
                } else {
                    guard(rule, errors);
                }
            }
            return;
        }
        for (DataTreeCandidateNode child : node.childNodes()) {
            collect(path.node(child.name()), child, errors);
        }
    }

    /**
     * Holds a rule that compiles against the guards: what they find refuses it, unless it is forced.
     */
    private void guard(final Rule rule, final List<String> errors) {
        final List<RuleError> findings = guards.get().check(rule.requireName(), rule);
        if (findings.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(rule.getForce())) {
            for (RuleError finding : findings) {
                LOG.warn("Rule {} is written with force, past a safety guard: {}", rule.getName(),
                    finding.field() + " " + finding.message().replace(OVERRIDE_HINT, ""));
            }
            return;
        }
        findings.forEach(finding -> errors.add(finding.describe()));
    }
}
