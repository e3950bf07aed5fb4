/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

/** Placeholder for the resolver contract (replaced by the resolver branch). */
public sealed interface ResolutionEvent {
    record InvalidRedirect(String rule, String device, String kind, String reason) implements ResolutionEvent {
    }

    record SrFallback(String rule, String device, String reason) implements ResolutionEvent {
    }

    record SrRecovery(String rule, String device) implements ResolutionEvent {
    }
}
