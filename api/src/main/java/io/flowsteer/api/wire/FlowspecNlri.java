/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import org.eclipse.jdt.annotation.NonNull;

/**
 * A flowspec NLRI of either version: FSv1 (RFC 8955, RFC 8956) or FSv2 (draft-ietf-idr-fsv2-ip-basic section 3).
 */
public sealed interface FlowspecNlri permits Fsv1Nlri, Fsv2Nlri {
    /**
     * The address family.
     *
     * @return IPv4 or IPv6
     */
    @NonNull Afi afi();
}
