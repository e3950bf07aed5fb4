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
import org.opendaylight.mdsal.binding.api.RpcProviderService;
import org.opendaylight.mdsal.binding.api.RpcService;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.dom.adapter.BindingDOMRpcProviderServiceAdapter;
import org.opendaylight.mdsal.binding.dom.adapter.BindingDOMRpcServiceAdapter;
import org.opendaylight.mdsal.binding.dom.adapter.test.ConcurrentDataBrokerTestCustomizer;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.broker.DOMRpcRouter;
import org.opendaylight.mdsal.dom.spi.store.DOMStore;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The real MD-SAL in-memory broker (both datastores, change listeners on their own executor) with Flowsteer's
 * models, for unit tests. Both datastores support commit cohorts (see {@link CohortCapableStore}).
 */
public final class InMemoryMdsal {
    private static final long TIMEOUT_SECONDS = 10;

    private final ConcurrentDataBrokerTestCustomizer customizer;
    private final DataBroker dataBroker;
    private final DOMRpcRouter rpcRouter;

    public InMemoryMdsal() {
        customizer = new ConcurrentDataBrokerTestCustomizer(true) {
            @Override
            public DOMStore createConfigurationDatastore() {
                return cohortCapable("CFG", LogicalDatastoreType.CONFIGURATION);
            }

            @Override
            public DOMStore createOperationalDatastore() {
                return cohortCapable("OPER", LogicalDatastoreType.OPERATIONAL);
            }

            private DOMStore cohortCapable(final String name, final LogicalDatastoreType type) {
                final CohortCapableStore store = new CohortCapableStore(name, type,
                    getDataTreeChangeListenerExecutor());
                getSchemaService().registerSchemaContextListener(store::onModelContextUpdated);
                return store;
            }
        };
        dataBroker = customizer.createDataBroker();
        // the router learns the models from the schema service's update, so it must be there before it
        rpcRouter = new DOMRpcRouter(customizer.getSchemaService());
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());
    }

    /**
     * Where RPC implementations are registered: MD-SAL's own RPC router, as in the controller.
     *
     * @return the registry
     */
    public RpcProviderService rpcProviderService() {
        return new BindingDOMRpcProviderServiceAdapter(customizer.getAdapterContext(), rpcRouter.rpcProviderService());
    }

    /**
     * How RPCs are invoked through the same router, as a RESTCONF client's call is.
     *
     * @return the RPC service
     */
    public RpcService rpcService() {
        return new BindingDOMRpcServiceAdapter(customizer.getAdapterContext(), rpcRouter.rpcService());
    }

    public DataBroker dataBroker() {
        return dataBroker;
    }

    /**
     * The DOM data broker under {@link #dataBroker()}; its datastores support commit cohorts.
     *
     * @return the broker
     */
    public DOMDataBroker domDataBroker() {
        return customizer.getDOMDataBroker();
    }

    /**
     * The binding codec of the current models.
     *
     * @return the codec
     */
    public BindingNormalizedNodeSerializer serializer() {
        return customizer.getAdapterContext().currentSerializer();
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
