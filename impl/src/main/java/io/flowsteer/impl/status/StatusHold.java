/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

/**
 * Asks the {@link StatusWriter} to wait, briefly, before it commits what is queued: more status of the same rules is
 * about to follow. The order keeper takes one before it queues the rendering of the rules an order change placed,
 * and the engine releases it once the pass that resolves them has queued their verdicts, so that a rule's rendering,
 * its verdicts and its summary state are one write of its entry instead of two. The writer never waits longer than
 * a short bound for a hold, so a hold not released delays status; it never stops it.
 */
@FunctionalInterface
public interface StatusHold {
    /** A hold that holds nothing: for an order change no status follows. */
    StatusHold NONE = () -> { };

    /**
     * The status that was to follow is queued. A second call does nothing.
     */
    void release();
}
