/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An error that closes the session with a NOTIFICATION (RFC 4271 section 6, RFC 7606 section 2 "session reset").
 */
public final class BgpProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final int subcode;
    private final transient @NonNull Octets data;

    /**
     * An error with data.
     *
     * @param code the NOTIFICATION error code
     * @param subcode the error subcode
     * @param data the data field
     * @param message a description for the log
     */
    public BgpProtocolException(final int code, final int subcode, final @NonNull Octets data,
            final @NonNull String message) {
        super(message);
        this.code = code;
        this.subcode = subcode;
        this.data = requireNonNull(data);
    }

    /**
     * An error caused by a decoder's exception.
     *
     * @param code the NOTIFICATION error code
     * @param subcode the error subcode
     * @param cause the decoder's exception
     */
    public BgpProtocolException(final int code, final int subcode, final @NonNull Exception cause) {
        super(cause.getMessage(), cause);
        this.code = code;
        this.subcode = subcode;
        this.data = Octets.copyOf(new byte[0]);
    }

    /**
     * An error without data.
     *
     * @param code the NOTIFICATION error code
     * @param subcode the error subcode
     * @param message a description for the log
     */
    public BgpProtocolException(final int code, final int subcode, final @NonNull String message) {
        this(code, subcode, Octets.copyOf(new byte[0]), message);
    }

    /**
     * The NOTIFICATION this error sends.
     *
     * @return the message
     */
    public @NonNull NotificationMessage toNotification() {
        return new NotificationMessage(code, subcode, data);
    }
}
