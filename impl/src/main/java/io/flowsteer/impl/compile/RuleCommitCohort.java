/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import io.flowsteer.impl.validate.CommitRefusal;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a configuration transaction that writes a rule Flowsteer cannot render: every rule written or modified is
 * compiled during canCommit, and any {@link RuleError} fails the commit with a {@link DataValidationFailedException}
 * listing them all, so nothing is stored. This enforces what YANG says but the datastore does not (must, when) and
 * what YANG cannot say (offset below length, values that do not fit their wire fields). The order keeper takes
 * each compilation made here once the transaction is committed ({@link CurrentCompiler#compileCommitted}).
 *
 * <p>mdsal 13 publishes no binding {@code DataTreeCommitCohortRegistry} service, so the cohort registers with the
 * {@link CommitCohortExtension} of the DOM data broker and turns the candidates into bindings itself.
 */
public final class RuleCommitCohort implements DOMDataTreeCommitCohort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCommitCohort.class);
    private static final InstanceIdentifier<Flowspec> FLOWSPEC = InstanceIdentifier.create(Flowspec.class);

    private final @NonNull DOMDataBroker domDataBroker;
    private final @NonNull BindingNormalizedNodeSerializer serializer;
    private final @NonNull CurrentCompiler compiler;
    private @Nullable Registration registration;

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
        this.domDataBroker = requireNonNull(domDataBroker);
        this.serializer = requireNonNull(serializer);
        this.compiler = requireNonNull(compiler);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the cohort is constructed.
     *
     * @throws IllegalStateException if the data broker does not support commit cohorts
     */
    public synchronized void register() {
        final CommitCohortExtension cohorts = domDataBroker.extension(CommitCohortExtension.class);
        if (cohorts == null) {
            throw new IllegalStateException("data broker " + domDataBroker + " does not support commit cohorts");
        }
        registration = cohorts.registerCommitCohort(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
            rulesPath()), this);
        LOG.info("Flowsteer refuses rules it cannot render");
    }

    @Override
    public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        final List<RuleError> errors = new ArrayList<>();
        for (DOMDataTreeCandidate candidate : candidates) {
            collect(candidate.getRootPath().path(), candidate.getRootNode(), errors);
        }
        if (errors.isEmpty()) {
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        LOG.debug("Transaction {} refused: {}", txId, errors);
        return FluentFuture.from(Futures.immediateFailedFuture(CommitRefusal.of(rulesPath(),
            errors.stream().map(RuleError::describe).toList())));
    }

    /**
     * The rules list itself (the map node, not a wildcard of its entries), so that the candidate is the list with
     * one child per changed rule, in the controller's datastore as in any other.
     */
    private YangInstanceIdentifier rulesPath() {
        return serializer.toYangInstanceIdentifier(FLOWSPEC).node(Rule.QNAME);
    }

    /**
     * Walks a candidate rooted at the rules list (or at one rule) and compiles every rule that is written.
     */
    private void collect(final YangInstanceIdentifier path,
            final DataTreeCandidateNode node, final List<RuleError> errors) {
        final ModificationType type = node.modificationType();
        if (type == ModificationType.DELETE || type == ModificationType.DISAPPEARED
                || type == ModificationType.UNMODIFIED) {
            return;
        }
        final NormalizedNode after = node.dataAfter();
        if (after instanceof MapEntryNode entry) {
            final Object binding;
            try {
                final var converted = serializer.fromNormalizedNode(path, after);
                binding = converted == null ? null : converted.getValue();
            } catch (IllegalArgumentException e) {
                // the binding constructors check patterns the datastore left alone, such as addresses
                errors.add(new RuleError(String.valueOf(entry.name().values().iterator().next()), "",
                    String.valueOf(e.getMessage())));
                return;
            }
            if (binding instanceof Rule rule && compiler.compile(rule) instanceof Compilation.Refused refused) {
                errors.addAll(refused.errors());
            }
            return;
        }
        for (DataTreeCandidateNode child : node.childNodes()) {
            collect(path.node(child.name()), child, errors);
        }
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
