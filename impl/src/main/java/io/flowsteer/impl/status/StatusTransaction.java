/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;
import static org.opendaylight.mdsal.common.api.LogicalDatastoreType.OPERATIONAL;

import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer.NodeResult;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DeviceStatusBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutes;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.ReceivedRoutesBuilder;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * One batch of the {@link StatusWriter}: a write transaction on the operational datastore that takes rule entries
 * as datastore nodes ({@link RuleEntryNodes}) and everything else (router status, the controller record) as binding
 * objects, turned into nodes by the binding codec. Both kinds go into the one transaction, so a batch is still
 * committed whole. Used by the writer's thread only.
 */
final class StatusTransaction {
    private final @NonNull DOMDataTreeWriteTransaction tx;
    private final @NonNull BindingNormalizedNodeSerializer serializer;

    /**
     * A batch on a transaction.
     *
     * @param tx the transaction
     * @param serializer the binding codec
     */
    StatusTransaction(final @NonNull DOMDataTreeWriteTransaction tx,
            final @NonNull BindingNormalizedNodeSerializer serializer) {
        this.tx = requireNonNull(tx);
        this.serializer = requireNonNull(serializer);
    }

    /**
     * Puts a node, replacing what was there.
     *
     * @param path where
     * @param node the node
     */
    void put(final @NonNull YangInstanceIdentifier path, final @NonNull NormalizedNode node) {
        tx.put(OPERATIONAL, path, node);
    }

    /**
     * Puts a binding object, replacing what was there.
     *
     * @param path where
     * @param data the object
     * @param <T> its type
     */
    <T extends DataObject> void put(final @NonNull InstanceIdentifier<T> path, final @NonNull T data) {
        final NodeResult node = serializer.toNormalizedDataObject(path, data);
        tx.put(OPERATIONAL, node.path(), node.node());
    }

    /**
     * Merges a node into what is there.
     *
     * @param path where
     * @param node the node
     */
    void merge(final @NonNull YangInstanceIdentifier path, final @NonNull NormalizedNode node) {
        tx.merge(OPERATIONAL, path, node);
    }

    /**
     * Merges a binding object into what is there.
     *
     * @param path where
     * @param data the object
     * @param <T> its type
     */
    <T extends DataObject> void merge(final @NonNull InstanceIdentifier<T> path, final @NonNull T data) {
        final NodeResult node = serializer.toNormalizedDataObject(path, data);
        tx.merge(OPERATIONAL, node.path(), node.node());
    }

    /**
     * Deletes a node; deleting one that does not exist does nothing.
     *
     * @param path where
     */
    void delete(final @NonNull YangInstanceIdentifier path) {
        tx.delete(OPERATIONAL, path);
    }

    /**
     * Deletes a binding path.
     *
     * @param path where
     */
    void delete(final @NonNull InstanceIdentifier<?> path) {
        tx.delete(OPERATIONAL, serializer.toYangInstanceIdentifier(path));
    }

    /**
     * Makes sure a router's entry in {@code device-status} exists before a part of it is written, as the binding
     * API's parent-structure writes did: the datastore creates missing containers and lists on the way to a node,
     * but not list entries, nor a container deleted earlier in the same transaction.
     *
     * @param device the router
     */
    void ensureDevice(final @NonNull String device) {
        merge(InstanceIdentifier.create(DeviceStatus.class), new DeviceStatusBuilder().build());
        final InstanceIdentifier<Device> path = StatusPaths.devicePath(device);
        merge(path, new DeviceBuilder().withKey(path.firstKeyOf(Device.class)).build());
    }

    /**
     * Makes sure a router's {@code received-routes} exists, its entry with it, before a route or a count is written
     * there.
     *
     * @param device the router
     * @return the path of its {@code received-routes}
     */
    @NonNull InstanceIdentifier<ReceivedRoutes> ensureReceivedRoutes(final @NonNull String device) {
        ensureDevice(device);
        final InstanceIdentifier<ReceivedRoutes> path = StatusPaths.devicePath(device).child(ReceivedRoutes.class);
        merge(path, new ReceivedRoutesBuilder().build());
        return path;
    }
}
