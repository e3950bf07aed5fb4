/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.FlowComponent;
import org.eclipse.jdt.annotation.NonNull;

/**
 * One compiled match component and its FSv2 'O' (optional) flag, draft-ietf-idr-fsv2-ip-basic section 3.1.2.
 *
 * @param component the component
 * @param optional whether a router may install the rule without it (FSv2 only)
 */
record MatchComponent(@NonNull FlowComponent component, boolean optional) {
    MatchComponent {
        requireNonNull(component);
    }
}
