/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Creates the BGP southbound for Blueprint: the Netty speaker, not listening until {@code bgp-speaker} is
 * configured (see {@link BgpConfigs#UNCONFIGURED}), with the default code points until
 * {@code bgp-speaker/code-points} says otherwise ({@link FlowsteerEngine#onSpeaker}).
 */
public final class SpeakerFactory {
    private SpeakerFactory() {
        // Utility class
    }

    /**
     * The speaker, on standby until this node becomes the active controller.
     *
     * @return a new speaker with no peers, on standby
     */
    public static @NonNull NettyBgpSouthbound create() {
        final NettyBgpSouthbound speaker = new NettyBgpSouthbound(ReconnectPolicy.DEFAULT, BgpConfigs.UNCONFIGURED);
        // queued on the speaker's loop before anything can configure it
        speaker.active(false);
        return speaker;
    }
}
