/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;

/**
 * Something that follows the router configuration ({@code flowsteer-devices} and {@code flowsteer-indirection}) as
 * {@link ConfigFeeds} delivers it: each entry whole after each change, never a partial diff. A follower overrides
 * what it needs; calls come from the datastore's listener threads, one subtree's calls in order.
 */
public interface ConfigFollower {
    /**
     * The speaker's own configuration changed.
     *
     * @param speaker the {@code bgp-speaker} container, or null when it was deleted
     */
    default void onSpeaker(final @Nullable BgpSpeaker speaker) {
        // not followed
    }

    /**
     * A router's configuration changed.
     *
     * @param name the router
     * @param device its configuration, or null when it was deleted
     */
    default void onDevice(final @NonNull String name, final @Nullable Device device) {
        // not followed
    }

    /**
     * A router's indirection table changed.
     *
     * @param name the router
     * @param table its table, or null when it was deleted
     */
    default void onIndirectionTable(final @NonNull String name, final @Nullable RouterTable table) {
        // not followed
    }
}
