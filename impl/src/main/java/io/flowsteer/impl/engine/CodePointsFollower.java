/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.order.RuleOrderKeeper;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code bgp-speaker/code-points} to rule compilation, live: when the code points change, the compiler in
 * use ({@link CurrentCompiler}, shared by the commit cohort, the order keeper and the preview RPC) switches to them
 * and every configured rule is compiled again ({@link RuleOrderKeeper#recompileAll()}), so that each rule's status
 * hex and the routes sent for it follow. The speaker itself follows the same container through
 * {@link FlowsteerEngine#onSpeaker}. Code points that {@link BgpConfigs#codePoints} refuses are logged and the
 * ones in use kept ({@link CodePointsCommitCohort} keeps them out of the datastore in the first place).
 */
public final class CodePointsFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CodePointsFollower.class);

    private final @NonNull DataBroker dataBroker;
    private final @NonNull CurrentCompiler compiler;
    private final @NonNull RuleOrderKeeper keeper;
    private KeyedConfigListener<BgpSpeaker> listener;

    /**
     * Creates the follower; {@link #register()} starts it.
     *
     * @param dataBroker the data broker
     * @param compiler the compiler in use, switched here
     * @param keeper compiles every rule again after a switch
     */
    public CodePointsFollower(final @NonNull DataBroker dataBroker, final @NonNull CurrentCompiler compiler,
            final @NonNull RuleOrderKeeper keeper) {
        this.dataBroker = requireNonNull(dataBroker);
        this.compiler = requireNonNull(compiler);
        this.keeper = requireNonNull(keeper);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the follower is constructed.
     */
    public synchronized void register() {
        listener = new KeyedConfigListener<>(dataBroker, InstanceIdentifier.create(BgpSpeaker.class),
            speaker -> "bgp-speaker", (key, speaker) -> onSpeaker(speaker));
    }

    /**
     * The {@code bgp-speaker} container changed.
     *
     * @param speaker the container, or null when it was deleted (the code points return to their defaults)
     */
    synchronized void onSpeaker(final @Nullable BgpSpeaker speaker) {
        final TbdCodePoints codePoints = BgpConfigs.codePointsOr(speaker == null ? null : speaker.getCodePoints(),
            compiler.codePoints());
        if (compiler.use(codePoints)) {
            LOG.info("Rules are compiled with code points {} from now on", codePoints);
            keeper.recompileAll();
        }
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
