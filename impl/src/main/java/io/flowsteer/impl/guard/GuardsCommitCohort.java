/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.validate.ConfigCommitCohort;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Guards;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;

/**
 * Refuses a change of flowsteer-flowspec {@code guards} that a stored rule without {@code force} would break
 * ({@link GuardRecheck}). Deleting the container brings back the defaults, and is checked as such.
 */
public final class GuardsCommitCohort extends ConfigCommitCohort {
    private static final InstanceIdentifier<Guards> GUARDS = InstanceIdentifier.create(Guards.class);

    private final @NonNull GuardRecheck recheck;

    /**
     * The cohort.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     * @param recheck holds the stored rules against the guards as they would be
     */
    public GuardsCommitCohort(final DOMDataBroker domDataBroker, final BindingNormalizedNodeSerializer serializer,
            final @NonNull GuardRecheck recheck) {
        super(domDataBroker, serializer);
        this.recheck = requireNonNull(recheck);
    }

    @Override
    protected YangInstanceIdentifier subtree() {
        return serializer().toYangInstanceIdentifier(GUARDS);
    }

    @Override
    protected void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final List<String> problems) {
        if (node.modificationType() == ModificationType.UNMODIFIED) {
            return;
        }
        final NormalizedNode after = node.dataAfter();
        Guards guards = null;
        if (after != null) {
            final var binding = serializer().fromNormalizedNode(subtree(), after);
            guards = binding == null ? null : (Guards) binding.getValue();
        }
        problems.addAll(recheck.ofSettings(GuardSettings.of(guards)));
    }
}
