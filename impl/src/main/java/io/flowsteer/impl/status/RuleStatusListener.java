/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the configured rules: a rule that is written or changed gets status {@code pending} until the engine
 * has rendered it; a rule that is deleted loses its status.
 */
public final class RuleStatusListener implements DataTreeChangeListener<Rule>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleStatusListener.class);

    private final DataBroker dataBroker;
    private final StatusWriter statusWriter;
    private Registration registration;

    public RuleStatusListener(final @NonNull DataBroker dataBroker, final @NonNull StatusWriter statusWriter) {
        this.dataBroker = requireNonNull(dataBroker);
        this.statusWriter = requireNonNull(statusWriter);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the listener is constructed.
     */
    public synchronized void register() {
        registration = dataBroker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
                InstanceIdentifier.builder(Flowspec.class).child(Rule.class).build()),
            this);
        LOG.info("Flowsteer is listening to flowspec rules");
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<Rule>> changes) {
        for (DataTreeModification<Rule> change : changes) {
            final DataObjectModification<Rule> root = change.getRootNode();
            final Rule before = root.dataBefore();
            final Rule after = root.dataAfter();
            if (after != null) {
                statusWriter.ruleState(after.requireName(), RuleState.Pending);
            } else if (before != null) {
                statusWriter.ruleRemoved(before.requireName());
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
