/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.NonNull;

/**
 * The verdict of the flowspec validation procedure (RFC 8955 section 6 with the RFC 9117 relaxation, as restated
 * for FSv1 and FSv2 by draft-ietf-idr-fsv2-ip-basic section 5.2.2) on one received route, at the time it was
 * asked: the procedure depends on the unicast routes received, so the verdict can change when they do.
 *
 * @param feasible true when every rule holds
 * @param reason which rule decided, in words
 */
public record FlowspecValidation(boolean feasible, @NonNull String reason) {
    /**
     * Checks for null.
     *
     * @param feasible feasible
     * @param reason reason
     */
    public FlowspecValidation {
        requireNonNull(reason);
    }
}
