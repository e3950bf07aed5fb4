/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import io.flowsteer.impl.validate.CommitRefusal;
import io.flowsteer.impl.validate.SpeakerChecks;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a configuration transaction that writes {@code bgp-speaker/code-points} Flowsteer cannot use: a value
 * that collides with another code point or with a community the codecs decode at a fixed code point (what YANG
 * cannot say; see {@link io.flowsteer.api.spi.TbdCodePoints}). The commit fails with a
 * {@link DataValidationFailedException} whose message names the leaf, so nothing is stored and the code points in
 * use stay. Registers, like the rule cohort, with the {@link CommitCohortExtension} of the DOM data broker.
 */
public final class CodePointsCommitCohort implements DOMDataTreeCommitCohort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CodePointsCommitCohort.class);
    private static final InstanceIdentifier<BgpSpeaker> SPEAKER = InstanceIdentifier.create(BgpSpeaker.class);

    private final @NonNull DOMDataBroker domDataBroker;
    private final @NonNull BindingNormalizedNodeSerializer serializer;
    private Registration registration;

    /**
     * Creates the cohort; {@link #register()} starts it.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     */
    public CodePointsCommitCohort(final @NonNull DOMDataBroker domDataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer) {
        this.domDataBroker = requireNonNull(domDataBroker);
        this.serializer = requireNonNull(serializer);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the cohort is constructed.
     *
     * @throws IllegalStateException if the data broker does not support commit cohorts
     */
    public synchronized void register() {
        final CommitCohortExtension cohorts = domDataBroker.extension(CommitCohortExtension.class);
        if (cohorts == null) {
            throw new IllegalStateException("data broker " + domDataBroker + " does not support commit cohorts");
        }
        registration = cohorts.registerCommitCohort(DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION,
            serializer.toYangInstanceIdentifier(SPEAKER)), this);
        LOG.info("Flowsteer refuses code points it cannot use");
    }

    @Override
    public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        final List<String> errors = new ArrayList<>();
        for (DOMDataTreeCandidate candidate : candidates) {
            check(candidate.getRootPath().path(), candidate.getRootNode(), errors);
        }
        if (errors.isEmpty()) {
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        final String message = String.join("; ", errors);
        LOG.debug("Transaction {} refused: {}", txId, message);
        return FluentFuture.from(Futures.immediateFailedFuture(CommitRefusal.of(
            serializer.toYangInstanceIdentifier(SPEAKER), errors)));
    }

    private void check(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
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
            final var converted = serializer.fromNormalizedNode(path, after);
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

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
