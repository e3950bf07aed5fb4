/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check of one configuration subtree that runs inside every transaction writing it and refuses the whole
 * transaction ({@link CommitRefusal}) when it finds problems; the subclass says what the problems are.
 *
 * <p>mdsal 13 publishes no binding commit-cohort registry, so this registers with the DOM broker's
 * {@link CommitCohortExtension}; subclasses convert the candidates to bindings themselves.
 */
public abstract class ConfigCommitCohort implements DOMDataTreeCommitCohort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigCommitCohort.class);

    private final DOMDataBroker domDataBroker;
    private final BindingNormalizedNodeSerializer serializer;
    private @Nullable Registration registration;

    /**
     * A check not yet registered.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     */
    protected ConfigCommitCohort(final DOMDataBroker domDataBroker, final BindingNormalizedNodeSerializer serializer) {
        this.domDataBroker = requireNonNull(domDataBroker);
        this.serializer = requireNonNull(serializer);
    }

    /**
     * The binding codec, to turn candidates into bindings.
     *
     * @return the codec
     */
    protected final BindingNormalizedNodeSerializer serializer() {
        return serializer;
    }

    /**
     * The subtree this check watches.
     *
     * @return its path in the configuration datastore
     */
    protected abstract YangInstanceIdentifier subtree();

    /**
     * Finds the problems of a candidate below {@link #subtree()}.
     *
     * @param path the path of the candidate node
     * @param node the candidate node
     * @param problems where to add each problem, a sentence naming the rule or router and the field
     */
    protected abstract void collect(YangInstanceIdentifier path, DataTreeCandidateNode node, List<String> problems);

    /**
     * Registers with the configuration datastore. Blueprint calls this once the check is constructed.
     *
     * @throws IllegalStateException if the data broker does not support commit cohorts
     */
    public final synchronized void register() {
        final CommitCohortExtension cohorts = domDataBroker.extension(CommitCohortExtension.class);
        if (cohorts == null) {
            throw new IllegalStateException("the data broker does not support commit cohorts");
        }
        registration = cohorts.registerCommitCohort(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
            subtree()), this);
    }

    @Override
    public final FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        final List<String> problems = new ArrayList<>();
        for (DOMDataTreeCandidate candidate : candidates) {
            collect(candidate.getRootPath().path(), candidate.getRootNode(), problems);
        }
        if (problems.isEmpty()) {
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        LOG.debug("Transaction {} refused: {}", txId, problems);
        return FluentFuture.from(Futures.immediateFailedFuture(CommitRefusal.of(subtree(), problems)));
    }

    @Override
    public final synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
