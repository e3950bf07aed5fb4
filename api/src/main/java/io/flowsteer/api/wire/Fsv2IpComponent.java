/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import java.util.Objects;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 IP Basic filter component TLV (draft-ietf-idr-fsv2-ip-basic sections 4.2 and 4.4) whose value Flowsteer
 * understands; the component type is {@code component.type().fsv2Code()}.
 *
 * @param optional the O flag
 * @param component the decoded value
 */
public record Fsv2IpComponent(boolean optional, @NonNull FlowComponent component) implements Fsv2Component {
    /**
     * Checks for null.
     *
     * @param optional the O flag
     * @param component the value
     */
    public Fsv2IpComponent {
        Objects.requireNonNull(component);
    }

    @Override
    public int componentType() {
        return component.type().fsv2Code();
    }
}
