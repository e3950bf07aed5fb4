/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;

/**
 * Checks every list entry a transaction writes below one configuration container (every router, every router's
 * table) before it is committed, and refuses the whole transaction, naming each entry and field, if any entry fails.
 * Only entries the transaction writes are checked, so an entry stored before a check existed does not block others.
 * A value that does not even convert to its Java binding is refused with the binding's message, instead of failing
 * the commit with an unexpected error.
 *
 * @param <E> the binding type of the list's entries
 */
public abstract class EntryCommitCohort<E extends DataObject> extends ConfigCommitCohort {
    private final InstanceIdentifier<?> container;
    private final Class<E> entryType;

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
        super(domDataBroker, serializer);
        this.container = requireNonNull(container);
        this.entryType = requireNonNull(entryType);
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
    protected final YangInstanceIdentifier subtree() {
        return serializer().toYangInstanceIdentifier(container);
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    protected final void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final List<String> problems) {
        final ModificationType type = node.modificationType();
        if (type == ModificationType.DELETE || type == ModificationType.DISAPPEARED
                || type == ModificationType.UNMODIFIED) {
            return;
        }
        if (node.dataAfter() instanceof MapEntryNode entry) {
            try {
                final var binding = serializer().fromNormalizedNode(path, entry);
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
}
