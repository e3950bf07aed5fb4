/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The stored rules a change of the guards could catch: those with actions and without {@code force}, by name,
 * followed from the configuration datastore. The values are the datastore's own immutable bindings.
 */
public final class StoredRules implements DataTreeChangeListener<Rule>, AutoCloseable {
    private final @NonNull DataBroker dataBroker;
    /** By name; a hash map, as every stored rule passes through it and its order is asked for only on a recheck. */
    private final Map<String, Rule> unforced = new ConcurrentHashMap<>();
    private @Nullable Registration registration;

    /**
     * Creates the follower; {@link #register()} starts it.
     *
     * @param dataBroker the data broker
     */
    public StoredRules(final @NonNull DataBroker dataBroker) {
        this.dataBroker = requireNonNull(dataBroker);
    }

    /**
     * Registers with the configuration datastore, which replays what is stored.
     */
    public synchronized void register() {
        if (registration == null) {
            registration = dataBroker.registerTreeChangeListener(DataTreeIdentifier.of(
                LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Flowspec.class).child(Rule.class)),
                this);
        }
    }

    /**
     * The stored rules that have actions and are not forced, in name order.
     *
     * @return a snapshot
     */
    public @NonNull Collection<Rule> unforced() {
        return new TreeMap<>(unforced).values().stream().toList();
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<Rule>> changes) {
        for (DataTreeModification<Rule> change : changes) {
            final Rule after = change.getRootNode().dataAfter();
            final Rule before = change.getRootNode().dataBefore();
            final Rule named = after != null ? after : before;
            if (named == null) {
                continue;
            }
            if (after != null && after.getActions() != null && !Boolean.TRUE.equals(after.getForce())) {
                unforced.put(after.requireName(), after);
            } else {
                unforced.remove(named.requireName());
            }
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
