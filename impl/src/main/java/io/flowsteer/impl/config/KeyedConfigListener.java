/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * Forwards every change of one kind of configuration entry (a list entry, or a top-level container) as "this key
 * now has this value, or none". The receiver sees the whole entry after each change, never a partial diff, so
 * what it builds from the entry can never be half updated.
 *
 * @param <T> the entry's binding type
 */
final class KeyedConfigListener<T extends DataObject> implements DataTreeChangeListener<T>, AutoCloseable {
    private final @NonNull Function<T, String> keyOf;
    private final @NonNull BiConsumer<String, T> receiver;
    private final @NonNull InitialStateGate gate;
    private final int feed;
    private final @NonNull Registration registration;

    /**
     * Registers with the configuration datastore.
     *
     * @param dataBroker the data broker
     * @param path the (wildcarded) path of the entries
     * @param keyOf how to name an entry
     * @param receiver gets (key, entry), with a null entry when it was deleted
     * @param gate holds changes back until every feed has replayed its initial state
     * @param feed this listener's feed number in the gate
     */
    KeyedConfigListener(final @NonNull DataBroker dataBroker, final @NonNull InstanceIdentifier<T> path,
            final @NonNull Function<T, String> keyOf, final @NonNull BiConsumer<String, T> receiver,
            final @NonNull InitialStateGate gate, final int feed) {
        this.keyOf = requireNonNull(keyOf);
        this.receiver = requireNonNull(receiver);
        this.gate = requireNonNull(gate);
        this.feed = feed;
        registration = dataBroker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, path), this);
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<T>> changes) {
        for (DataTreeModification<T> change : changes) {
            final DataObjectModification<T> root = change.getRootNode();
            final T after = root.dataAfter();
            final T before = root.dataBefore();
            if (after != null) {
                final String key = keyOf.apply(after);
                gate.deliver(feed, () -> receiver.accept(key, after));
            } else if (before != null) {
                final String key = keyOf.apply(before);
                gate.deliver(feed, () -> receiver.accept(key, null));
            }
        }
        // the datastore's first notification is the replay of what was stored
        gate.initialStateSeen(feed);
    }

    @Override
    public void onInitialData() {
        // nothing stored under the path: that is this feed's initial state
        gate.initialStateSeen(feed);
    }

    @Override
    public void close() {
        registration.close();
    }
}
