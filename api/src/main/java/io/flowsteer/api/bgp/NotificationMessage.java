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
 * NOTIFICATION, RFC 4271 section 4.5, with the codes of section 6 and RFC 4486 (Cease subcodes), RFC 5492
 * (Unsupported Capability), RFC 6608 (FSM error subcodes), RFC 7313 (ROUTE-REFRESH message error).
 *
 * @param code the error code
 * @param subcode the error subcode
 * @param data the data field
 */
public record NotificationMessage(int code, int subcode, @NonNull Octets data) implements BgpMessage {
    /** Message Header Error. */
    public static final int MESSAGE_HEADER_ERROR = 1;
    /** OPEN Message Error. */
    public static final int OPEN_MESSAGE_ERROR = 2;
    /** UPDATE Message Error. */
    public static final int UPDATE_MESSAGE_ERROR = 3;
    /** Hold Timer Expired. */
    public static final int HOLD_TIMER_EXPIRED = 4;
    /** Finite State Machine Error. */
    public static final int FSM_ERROR = 5;
    /** Cease. */
    public static final int CEASE = 6;
    /** ROUTE-REFRESH Message Error, RFC 7313 section 5. */
    public static final int ROUTE_REFRESH_ERROR = 7;

    /** Header subcode: Connection Not Synchronized. */
    public static final int CONNECTION_NOT_SYNCHRONIZED = 1;
    /** Header subcode: Bad Message Length. */
    public static final int BAD_MESSAGE_LENGTH = 2;
    /** Header subcode: Bad Message Type. */
    public static final int BAD_MESSAGE_TYPE = 3;

    /** OPEN subcode: Unsupported Version Number. */
    public static final int UNSUPPORTED_VERSION = 1;
    /** OPEN subcode: Bad Peer AS. */
    public static final int BAD_PEER_AS = 2;
    /** OPEN subcode: Bad BGP Identifier. */
    public static final int BAD_BGP_IDENTIFIER = 3;
    /** OPEN subcode: Unsupported Optional Parameter. */
    public static final int UNSUPPORTED_OPTIONAL_PARAMETER = 4;
    /** OPEN subcode: Unacceptable Hold Time. */
    public static final int UNACCEPTABLE_HOLD_TIME = 6;
    /** OPEN subcode: Unsupported Capability, RFC 5492 section 5. */
    public static final int UNSUPPORTED_CAPABILITY = 7;

    /** UPDATE subcode: Malformed Attribute List. */
    public static final int MALFORMED_ATTRIBUTE_LIST = 1;
    /** UPDATE subcode: Unrecognized Well-known Attribute. */
    public static final int UNRECOGNIZED_WELL_KNOWN = 2;
    /** UPDATE subcode: Attribute Length Error. */
    public static final int ATTRIBUTE_LENGTH_ERROR = 5;
    /** UPDATE subcode: Optional Attribute Error. */
    public static final int OPTIONAL_ATTRIBUTE_ERROR = 9;
    /** UPDATE subcode: Invalid Network Field. */
    public static final int INVALID_NETWORK_FIELD = 10;

    /** FSM subcode: unexpected message in OpenSent, RFC 6608 section 4. */
    public static final int FSM_OPEN_SENT = 1;
    /** FSM subcode: unexpected message in OpenConfirm. */
    public static final int FSM_OPEN_CONFIRM = 2;
    /** FSM subcode: unexpected message in Established. */
    public static final int FSM_ESTABLISHED = 3;

    /** Cease subcode: Maximum Number of Prefixes Reached, RFC 4486 section 4. */
    public static final int MAXIMUM_PREFIXES_REACHED = 1;
    /** Cease subcode: Administrative Shutdown, RFC 4486 section 4. */
    public static final int ADMINISTRATIVE_SHUTDOWN = 2;
    /** Cease subcode: Peer De-configured. */
    public static final int PEER_DECONFIGURED = 3;
    /** Cease subcode: Administrative Reset. */
    public static final int ADMINISTRATIVE_RESET = 4;
    /** Cease subcode: Other Configuration Change. */
    public static final int OTHER_CONFIGURATION_CHANGE = 6;
    /** Cease subcode: Connection Collision Resolution. */
    public static final int CONNECTION_COLLISION = 7;

    /**
     * Checks the ranges.
     *
     * @param code the code
     * @param subcode the subcode
     * @param data the data
     */
    public NotificationMessage {
        requireNonNull(data);
        if (code < 0 || code > 255 || subcode < 0 || subcode > 255) {
            throw new IllegalArgumentException("notification " + code + "/" + subcode + " out of range");
        }
    }

    /**
     * A NOTIFICATION without data.
     *
     * @param code the code
     * @param subcode the subcode
     * @return the message
     */
    public static @NonNull NotificationMessage of(final int code, final int subcode) {
        return new NotificationMessage(code, subcode, Octets.copyOf(new byte[0]));
    }

    /**
     * Cease / Maximum Number of Prefixes Reached, RFC 4486 section 4: the data is the AFI (2 octets), the SAFI
     * (1 octet) and the upper bound on the number of prefixes (4 octets).
     *
     * @param afi the AFI of the family whose limit was exceeded
     * @param safi its SAFI
     * @param limit the configured upper bound, 0..4294967295
     * @return the message
     */
    public static @NonNull NotificationMessage maximumPrefixes(final int afi, final int safi, final long limit) {
        if (afi < 0 || afi > 0xFFFF || safi < 0 || safi > 0xFF || limit < 0 || limit > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("AFI " + afi + ", SAFI " + safi + " or limit " + limit
                + " out of range");
        }
        return new NotificationMessage(CEASE, MAXIMUM_PREFIXES_REACHED, Octets.copyOf(new byte[] {
            (byte) (afi >> 8), (byte) afi, (byte) safi,
            (byte) (limit >> 24), (byte) (limit >> 16), (byte) (limit >> 8), (byte) limit }));
    }

    @Override
    public String toString() {
        return "NOTIFICATION " + code + "/" + subcode + (data.length() == 0 ? "" : " data " + data);
    }
}
