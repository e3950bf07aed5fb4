/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.error;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.NonNull;

/**
 * The only exception a Flowsteer decoder throws. It says what was wrong, where, and which
 * RFC 7606 treatment the specification prescribes for it.
 */
public final class WireFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final @NonNull ErrorTreatment treatment;

    public WireFormatException(final @NonNull ErrorTreatment treatment, final @NonNull String message) {
        super(message);
        this.treatment = requireNonNull(treatment);
    }

    public WireFormatException(final @NonNull ErrorTreatment treatment, final @NonNull String message,
            final Throwable cause) {
        super(message, cause);
        this.treatment = requireNonNull(treatment);
    }

    /**
     * The treatment the specification prescribes.
     *
     * @return the RFC 7606 treatment
     */
    public @NonNull ErrorTreatment treatment() {
        return treatment;
    }

    @Override
    public String toString() {
        return "WireFormatException[" + treatment + "]: " + getMessage();
    }
}
