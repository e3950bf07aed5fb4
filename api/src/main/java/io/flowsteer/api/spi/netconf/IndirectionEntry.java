/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One entry of a router's indirection-id table (draft-ietf-idr-flowspec-path-redirect section 2).
 *
 * @param key ID-Type and id
 * @param description free text, or null
 * @param target what the entry steers onto
 */
public record IndirectionEntry(IndirectionKey key, @Nullable String description, IndirectionTarget target) {
    /**
     * Checks the key and target are present.
     */
    public IndirectionEntry {
        requireNonNull(key);
        requireNonNull(target);
    }
}
