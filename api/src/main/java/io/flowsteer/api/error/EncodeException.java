/*
 * Copyright (c) 2026 Flowsteer contributors. All rights reserved.
 */
package io.flowsteer.api.error;

/**
 * Thrown by an encoder asked to encode a value the wire format cannot carry. The message names
 * the field and the limit.
 */
public final class EncodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EncodeException(final String message) {
        super(message);
    }
}
