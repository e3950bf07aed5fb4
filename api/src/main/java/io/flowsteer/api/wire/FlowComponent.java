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
 * One match component of an IP flowspec rule (RFC 8955 section 4.2.2, RFC 8956 section 3,
 * draft-ietf-idr-fsv2-ip-basic section 4.4). Instances are immutable and always encodable.
 */
public sealed interface FlowComponent permits IpPrefixComponent, NumericComponent, BitmaskComponent {
    /**
     * The component type.
     *
     * @return the type
     */
    @NonNull ComponentType type();
}
