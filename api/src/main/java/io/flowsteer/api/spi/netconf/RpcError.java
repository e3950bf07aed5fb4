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
 * One {@code <rpc-error>} a router answered with (RFC 6241 section 4.3 and appendix A).
 *
 * @param type error-type: transport, rpc, protocol or application
 * @param tag error-tag, such as {@code invalid-value}
 * @param severity error or warning
 * @param message error-message, or null
 * @param path error-path, or null
 */
public record RpcError(String type, String tag, String severity, @Nullable String message, @Nullable String path) {
    /**
     * Checks the mandatory fields.
     */
    public RpcError {
        requireNonNull(type);
        requireNonNull(tag);
        requireNonNull(severity);
    }
}
