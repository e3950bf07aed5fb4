/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.validate.ConfigCommitCohort;
import io.flowsteer.impl.validate.SpeakerChecks;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;

/**
 * Refuses a configuration transaction that writes {@code bgp-speaker/code-points} Flowsteer cannot use: a value
 * that collides with another code point or with a community the codecs decode at a fixed code point (what YANG
 * cannot say; see {@link io.flowsteer.api.spi.TbdCodePoints}), and speaker settings no peer can use
 * ({@link SpeakerChecks}). The commit fails with a message naming the leaf, so nothing is stored and the code points
 * in use stay.
 */
public final class CodePointsCommitCohort extends ConfigCommitCohort {
    private static final InstanceIdentifier<BgpSpeaker> SPEAKER = InstanceIdentifier.create(BgpSpeaker.class);

    /**
     * Creates the cohort; {@link #register()} starts it.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     */
    public CodePointsCommitCohort(final @NonNull DOMDataBroker domDataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer) {
        super(domDataBroker, serializer);
    }

    @Override
    protected YangInstanceIdentifier subtree() {
        return serializer().toYangInstanceIdentifier(SPEAKER);
    }

    @Override
    protected void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final List<String> errors) {
        final ModificationType type = node.modificationType();
        if (type == ModificationType.DELETE || type == ModificationType.DISAPPEARED
                || type == ModificationType.UNMODIFIED) {
            return;
        }
        final NormalizedNode after = node.dataAfter();
        if (after == null) {
            return;
        }
        final Object binding;
        try {
            final var converted = serializer().fromNormalizedNode(path, after);
            binding = converted == null ? null : converted.getValue();
        } catch (IllegalArgumentException e) {
            // the binding constructors check patterns the datastore left alone, such as addresses
            errors.add("bgp-speaker: " + e.getMessage());
            return;
        }
        if (binding instanceof BgpSpeaker speaker) {
            try {
                BgpConfigs.codePoints(speaker.getCodePoints());
            } catch (IllegalArgumentException e) {
                errors.add("bgp-speaker/code-points/" + e.getMessage());
            }
            SpeakerChecks.check(speaker, errors);
        }
    }
}
