/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.dom.adapter.test.ConcurrentDataBrokerTestCustomizer;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The real MD-SAL in-memory broker (both datastores, change listeners on their own executor) with Flowsteer's
 * models, for unit tests.
 */
public final class InMemoryMdsal {
    private static final long TIMEOUT_SECONDS = 10;

    private final DataBroker dataBroker;

    public InMemoryMdsal() {
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        dataBroker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
    }

    public DataBroker dataBroker() {
        return dataBroker;
    }

    /**
     * Writes in one committed transaction.
     *
     * @param body what to write
     * @throws Exception if the commit fails
     */
    public void write(final java.util.function.Consumer<WriteTransaction> body) throws Exception {
        final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
        body.accept(tx);
        tx.commit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Reads one node.
     *
     * @param store the datastore
     * @param path the node
     * @param <T> its type
     * @return its value, if present
     * @throws Exception if the read fails
     */
    public <T extends DataObject> Optional<T> read(final LogicalDatastoreType store, final InstanceIdentifier<T> path)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (ReadTransaction tx = dataBroker.newReadOnlyTransaction()) {
            return tx.read(store, path).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
