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
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every list entry a transaction writes below one configuration container (every router, every router's
 * table) before it is committed, and refuses the whole transaction, naming each entry and field, if any entry fails.
 * Only entries the transaction writes are checked, so an entry stored before a check existed does not block others.
 * A value that does not even convert to its Java binding is refused with the binding's message, instead of failing
 * the commit with an unexpected error.
 *
 * <p>mdsal 13 publishes no binding commit-cohort registry, so this registers with the DOM broker's
 * {@link CommitCohortExtension} and converts the candidates itself.
 *
 * @param <E> the binding type of the list's entries
 */
public abstract class EntryCommitCohort<E extends DataObject> implements DOMDataTreeCommitCohort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EntryCommitCohort.class);

    private final DOMDataBroker domDataBroker;
    private final BindingNormalizedNodeSerializer serializer;
    private final InstanceIdentifier<?> container;
    private final Class<E> entryType;
    private @Nullable Registration registration;

    /**
     * A cohort for the entries of one list.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param container the configuration container the list is in
     * @param entryType the binding type of the entries
     */
    protected EntryCommitCohort(final DOMDataBroker domDataBroker, final BindingNormalizedNodeSerializer serializer,
            final InstanceIdentifier<?> container, final Class<E> entryType) {
        this.domDataBroker = requireNonNull(domDataBroker);
        this.serializer = requireNonNull(serializer);
        this.container = requireNonNull(container);
        this.entryType = requireNonNull(entryType);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the cohort is constructed.
     *
     * @throws IllegalStateException if the data broker does not support commit cohorts
     */
    public final synchronized void register() {
        final CommitCohortExtension cohorts = domDataBroker.extension(CommitCohortExtension.class);
        if (cohorts == null) {
            throw new IllegalStateException("the data broker does not support commit cohorts");
        }
        registration = cohorts.registerCommitCohort(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
            serializer.toYangInstanceIdentifier(container)), this);
    }

    /**
     * What is wrong with one entry.
     *
     * @param entry the entry as it would be stored
     * @return the problems, each a sentence naming the entry and the field; empty when it is right
     */
    protected abstract List<String> check(E entry);

    /**
     * How messages name an entry that does not even convert, such as {@code router 'pe1'}.
     *
     * @param entry the entry's data tree node
     * @return the entry's name in messages
     */
    protected abstract String subject(MapEntryNode entry);

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
        return FluentFuture.from(Futures.immediateFailedFuture(CommitRefusal.of(
            serializer.toYangInstanceIdentifier(container), problems)));
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final List<String> problems) {
        final ModificationType type = node.modificationType();
        if (type == ModificationType.DELETE || type == ModificationType.DISAPPEARED
                || type == ModificationType.UNMODIFIED) {
            return;
        }
        if (node.dataAfter() instanceof MapEntryNode entry) {
            try {
                final var binding = serializer.fromNormalizedNode(path, entry);
                if (binding != null && entryType.isInstance(binding.getValue())) {
                    problems.addAll(check(entryType.cast(binding.getValue())));
                    return;
                }
            } catch (RuntimeException e) {
                // the binding constructors check patterns and ranges the datastore left alone
                problems.add(subject(entry) + ": " + e.getMessage());
                return;
            }
        }
        for (DataTreeCandidateNode child : node.childNodes()) {
            collect(path.node(child.name()), child, problems);
        }
    }

    @Override
    public final synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
