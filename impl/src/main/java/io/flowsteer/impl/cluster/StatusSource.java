/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

/**
 * A part of Flowsteer that owns some of the operational status and can write all of it again from its own state,
 * for a node that has just become the active controller.
 */
public interface StatusSource {
    /**
     * Queues the whole status this part owns, as if all of it had just changed.
     */
    void rewriteStatus();
}
