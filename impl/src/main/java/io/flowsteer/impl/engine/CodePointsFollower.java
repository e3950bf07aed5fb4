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
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.config.ConfigFollower;
import io.flowsteer.impl.order.RuleOrderKeeper;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code bgp-speaker/code-points} to rule compilation, live: when the code points change, the compiler in
 * use ({@link CurrentCompiler}, shared by the commit cohort, the order keeper and the preview RPC) switches to them
 * and every configured rule is compiled again ({@link RuleOrderKeeper#recompileAll()}), so that each rule's status
 * hex and the routes sent for it follow. It follows the same feed of {@code bgp-speaker} as the engine
 * ({@link ConfigFeeds}), ahead of it. Code points that {@link BgpConfigs#codePoints} refuses are logged and the
 * ones in use kept ({@link CodePointsCommitCohort} keeps them out of the datastore in the first place).
 */
public final class CodePointsFollower implements ConfigFollower {
    private static final Logger LOG = LoggerFactory.getLogger(CodePointsFollower.class);

    private final @NonNull CurrentCompiler compiler;
    private final @NonNull RuleOrderKeeper keeper;

    /**
     * Creates the follower; a {@link ConfigFeeds} feeds it.
     *
     * @param compiler the compiler in use, switched here
     * @param keeper compiles every rule again after a switch
     */
    public CodePointsFollower(final @NonNull CurrentCompiler compiler, final @NonNull RuleOrderKeeper keeper) {
        this.compiler = requireNonNull(compiler);
        this.keeper = requireNonNull(keeper);
    }

    /**
     * The {@code bgp-speaker} container changed.
     *
     * @param speaker the container, or null when it was deleted (the code points return to their defaults)
     */
    @Override
    public synchronized void onSpeaker(final @Nullable BgpSpeaker speaker) {
        final TbdCodePoints codePoints = BgpConfigs.codePointsOr(speaker == null ? null : speaker.getCodePoints(),
            compiler.codePoints());
        if (compiler.use(codePoints)) {
            LOG.info("Rules are compiled with code points {} from now on", codePoints);
            keeper.recompileAll();
        }
    }
}
