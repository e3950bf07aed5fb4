/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Guards;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * Follows flowsteer-flowspec {@code guards} in the configuration datastore and hands each version, whole, to the
 * {@link CurrentGuards}; a deleted container brings back the defaults.
 */
public final class GuardSettingsListener implements DataTreeChangeListener<Guards>, AutoCloseable {
    private final @NonNull DataBroker dataBroker;
    private final @NonNull CurrentGuards guards;
    private @Nullable Registration registration;

    /**
     * Creates the listener; {@link #register()} starts it.
     *
     * @param dataBroker the data broker
     * @param guards where the settings go
     */
    public GuardSettingsListener(final @NonNull DataBroker dataBroker, final @NonNull CurrentGuards guards) {
        this.dataBroker = requireNonNull(dataBroker);
        this.guards = requireNonNull(guards);
    }

    /**
     * Registers with the configuration datastore, which replays what is stored.
     */
    public synchronized void register() {
        if (registration == null) {
            registration = dataBroker.registerTreeChangeListener(DataTreeIdentifier.of(
                LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Guards.class)), this);
        }
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<Guards>> changes) {
        final DataTreeModification<Guards> last = changes.get(changes.size() - 1);
        guards.settings(GuardSettings.of(last.getRootNode().dataAfter()));
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
