/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.mdsal.dom.spi.store.DOMStoreReadTransaction;
import org.opendaylight.mdsal.dom.spi.store.DOMStoreThreePhaseCommitCohort;
import org.opendaylight.mdsal.dom.spi.store.SnapshotBackedWriteTransaction;
import org.opendaylight.mdsal.dom.store.inmemory.InMemoryDOMDataStore;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.common.Empty;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.PathArgument;
import org.opendaylight.yangtools.yang.data.api.schema.DistinctNodeContainer;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.data.tree.spi.DataTreeCandidateNodes;

/**
 * The mdsal in-memory datastore with commit cohorts, as the clustered datastore of the controller has them: after
 * the store's own validation, every cohort registered on a path that the transaction changes is asked to canCommit
 * with the candidate rooted at its path, and a refusal fails the commit. The in-memory store of mdsal 13 has no
 * cohort support of its own.
 */
public final class CohortCapableStore extends InMemoryDOMDataStore implements CommitCohortExtension {
    private final List<Registered> cohorts = new CopyOnWriteArrayList<>();
    private final LogicalDatastoreType type;

    public CohortCapableStore(final String name, final LogicalDatastoreType type, final ExecutorService executor) {
        super(name, executor);
        this.type = type;
    }

    @Override
    public Registration registerCommitCohort(final DOMDataTreeIdentifier path, final DOMDataTreeCommitCohort cohort) {
        final Registered registered = new Registered(path.path(), cohort);
        cohorts.add(registered);
        return () -> cohorts.remove(registered);
    }

    @Override
    protected DOMStoreThreePhaseCommitCohort transactionReady(final SnapshotBackedWriteTransaction<String> tx,
            final DataTreeModification modification, final Exception readyError) {
        final DOMStoreThreePhaseCommitCohort delegate = super.transactionReady(tx, modification, readyError);
        return new DOMStoreThreePhaseCommitCohort() {
            @Override
            public ListenableFuture<Boolean> canCommit() {
                return Futures.transformAsync(delegate.canCommit(),
                    valid -> askCohorts(tx.getIdentifier(), modification), MoreExecutors.directExecutor());
            }

            @Override
            public ListenableFuture<Empty> preCommit() {
                return delegate.preCommit();
            }

            @Override
            public ListenableFuture<Empty> abort() {
                return delegate.abort();
            }

            @Override
            public ListenableFuture<? extends CommitInfo> commit() {
                return delegate.commit();
            }
        };
    }

    private ListenableFuture<Boolean> askCohorts(final Object txId, final DataTreeModification modification)
            throws InterruptedException {
        for (Registered registered : cohorts) {
            final Optional<NormalizedNode> before;
            try (DOMStoreReadTransaction read = newReadOnlyTransaction()) {
                before = read.read(registered.path()).get();
            } catch (ExecutionException e) {
                return Futures.immediateFailedFuture(e.getCause());
            }
            final Optional<NormalizedNode> after = modification.readNode(registered.path());
            final DataTreeCandidateNode node = delta(before.orElse(null), after.orElse(null));
            if (node == null) {
                continue;
            }
            final DOMDataTreeCandidate candidate = new Candidate(DOMDataTreeIdentifier.of(type, registered.path()),
                node);
            try {
                registered.cohort().canCommit(txId, modification.modelContext(), List.of(candidate)).get();
            } catch (ExecutionException e) {
                return Futures.immediateFailedFuture(e.getCause());
            }
        }
        return Futures.immediateFuture(Boolean.TRUE);
    }

    private static DataTreeCandidateNode delta(final NormalizedNode before, final NormalizedNode after) {
        if (after == null || after.equals(before)) {
            return null;
        }
        if (before instanceof DistinctNodeContainer<?, ?> beforeContainer
                && after instanceof DistinctNodeContainer<?, ?> afterContainer) {
            return new Modified(after.name(), DataTreeCandidateNodes.containerDelta(beforeContainer, afterContainer),
                before, after);
        }
        return DataTreeCandidateNodes.written(after);
    }

    private record Registered(YangInstanceIdentifier path, DOMDataTreeCommitCohort cohort) {
    }

    private record Candidate(DOMDataTreeIdentifier getRootPath, DataTreeCandidateNode getRootNode)
            implements DOMDataTreeCandidate {
    }

    private record Modified(PathArgument name, Collection<DataTreeCandidateNode> childNodes, NormalizedNode dataBefore,
            NormalizedNode dataAfter) implements DataTreeCandidateNode {
        @Override
        public DataTreeCandidateNode modifiedChild(final PathArgument childName) {
            return childNodes.stream().filter(child -> child.name().equals(childName)).findFirst().orElse(null);
        }

        @Override
        public ModificationType modificationType() {
            return ModificationType.SUBTREE_MODIFIED;
        }
    }
}
