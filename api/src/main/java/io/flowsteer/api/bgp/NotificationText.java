/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.community.wide.CommunityContainerCodec;
import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A NOTIFICATION in operator words: its code and subcode with their names (RFC 4271 section 4.5 and 6, RFC 4486
 * section 4 and RFC 8538 for Cease, RFC 6608 for the FSM error subcodes, RFC 7313 for ROUTE-REFRESH), its data in
 * hex and, where the RFCs say what the data is, decoded: the erroneous attribute of an UPDATE Message Error (RFC
 * 4271 section 6.3: type, length and value), the shutdown communication of a Cease (RFC 9003 section 2).
 */
public final class NotificationText {
    private static final String[] HEADER = {null, "Connection Not Synchronized", "Bad Message Length",
        "Bad Message Type"};
    private static final String[] OPEN = {null, "Unsupported Version Number", "Bad Peer AS", "Bad BGP Identifier",
        "Unsupported Optional Parameter", null, "Unacceptable Hold Time", "Unsupported Capability", null, null,
        null, "Role Mismatch"};
    private static final String[] UPDATE = {null, "Malformed Attribute List", "Unrecognized Well-known Attribute",
        "Missing Well-known Attribute", "Attribute Flags Error", "Attribute Length Error",
        "Invalid ORIGIN Attribute", null, "Invalid NEXT_HOP Attribute", "Optional Attribute Error",
        "Invalid Network Field", "Malformed AS_PATH"};
    private static final String[] FSM = {"Unspecified Error", "Unexpected Message in OpenSent",
        "Unexpected Message in OpenConfirm", "Unexpected Message in Established"};
    private static final String[] CEASE = {null, "Maximum Number of Prefixes Reached", "Administrative Shutdown",
        "Peer De-configured", "Administrative Reset", "Connection Rejected", "Other Configuration Change",
        "Connection Collision Resolution", "Out of Resources", "Hard Reset", "BFD Down"};
    private static final String[] CODES = {null, "Message Header Error", "OPEN Message Error",
        "UPDATE Message Error", "Hold Timer Expired", "Finite State Machine Error", "Cease",
        "ROUTE-REFRESH Message Error"};
    private static final int ATTRIBUTE_HEADER = 3;
    private static final int AFI_SAFI = 3;

    private NotificationText() {
        // Utility class
    }

    /**
     * The NOTIFICATION in words, e.g. {@code NOTIFICATION 3/9 (UPDATE Message Error, Optional Attribute Error),
     * data 900e0005000285...: attribute MP_REACH_NLRI (14), 5 octets, AFI 2 SAFI 133}.
     *
     * @param notification the NOTIFICATION
     * @return the sentence
     */
    public static @NonNull String describe(final @NonNull NotificationMessage notification) {
        final StringBuilder out = new StringBuilder().append("NOTIFICATION ").append(notification.code())
            .append('/').append(notification.subcode());
        final String code = name(CODES, notification.code());
        if (code != null) {
            out.append(" (").append(code);
            final String subcode = subcodeName(notification.code(), notification.subcode());
            if (subcode != null) {
                out.append(", ").append(subcode);
            }
            out.append(')');
        }
        final byte[] data = notification.data().toByteArray();
        if (data.length > 0) {
            out.append(", data ").append(notification.data().hex());
            final String decoded = decode(notification.code(), notification.subcode(), data);
            if (decoded != null) {
                out.append(": ").append(decoded);
            }
        }
        return out.toString();
    }

    /**
     * The name of a subcode.
     *
     * @param code the error code
     * @param subcode the subcode
     * @return its name, or null when unknown
     */
    public static @Nullable String subcodeName(final int code, final int subcode) {
        return switch (code) {
            case NotificationMessage.MESSAGE_HEADER_ERROR -> name(HEADER, subcode);
            case NotificationMessage.OPEN_MESSAGE_ERROR -> name(OPEN, subcode);
            case NotificationMessage.UPDATE_MESSAGE_ERROR -> name(UPDATE, subcode);
            case NotificationMessage.FSM_ERROR -> name(FSM, subcode);
            case NotificationMessage.CEASE -> name(CEASE, subcode);
            case NotificationMessage.ROUTE_REFRESH_ERROR -> subcode == 1 ? "Invalid Message Length" : null;
            default -> null;
        };
    }

    private static @Nullable String name(final String[] names, final int index) {
        return index >= 0 && index < names.length ? names[index] : null;
    }

    private static @Nullable String decode(final int code, final int subcode, final byte[] data) {
        if (code == NotificationMessage.UPDATE_MESSAGE_ERROR && data.length >= ATTRIBUTE_HEADER) {
            return attribute(data);
        }
        if (code == NotificationMessage.CEASE && (subcode == NotificationMessage.ADMINISTRATIVE_SHUTDOWN
                || subcode == NotificationMessage.ADMINISTRATIVE_RESET)) {
            final int length = data[0] & 0xff;
            if (length > 0 && length + 1 <= data.length) {
                return "\"" + new String(data, 1, length, StandardCharsets.UTF_8) + "\"";
            }
        }
        return null;
    }

    private static @Nullable String attribute(final byte[] data) {
        final int flags = data[0] & 0xff;
        final int type = data[1] & 0xff;
        final boolean extended = (flags & PathAttributeType.FLAG_EXTENDED_LENGTH) != 0;
        if (extended && data.length < ATTRIBUTE_HEADER + 1) {
            return null;
        }
        final int length = extended ? (data[2] & 0xff) << 8 | data[3] & 0xff : data[2] & 0xff;
        final int value = extended ? ATTRIBUTE_HEADER + 1 : ATTRIBUTE_HEADER;
        final StringBuilder out = new StringBuilder("attribute ").append(attributeName(type)).append(" (")
            .append(type).append("), ").append(length).append(" octets");
        if ((type == PathAttributeType.MP_REACH_NLRI || type == PathAttributeType.MP_UNREACH_NLRI)
                && data.length >= value + AFI_SAFI) {
            out.append(", AFI ").append((data[value] & 0xff) << 8 | data[value + 1] & 0xff).append(" SAFI ")
                .append(data[value + 2] & 0xff);
        }
        return out.toString();
    }

    private static String attributeName(final int type) {
        return switch (type) {
            case PathAttributeType.ORIGIN -> "ORIGIN";
            case PathAttributeType.AS_PATH -> "AS_PATH";
            case PathAttributeType.NEXT_HOP -> "NEXT_HOP";
            case PathAttributeType.MULTI_EXIT_DISC -> "MULTI_EXIT_DISC";
            case PathAttributeType.LOCAL_PREF -> "LOCAL_PREF";
            case PathAttributeType.ORIGINATOR_ID -> "ORIGINATOR_ID";
            case PathAttributeType.MP_REACH_NLRI -> "MP_REACH_NLRI";
            case PathAttributeType.MP_UNREACH_NLRI -> "MP_UNREACH_NLRI";
            case PathAttributeType.EXTENDED_COMMUNITIES -> "EXTENDED_COMMUNITIES";
            case PathAttributeType.AS4_PATH -> "AS4_PATH";
            case PathAttributeType.IPV6_EXTENDED_COMMUNITIES -> "IPv6 Address Specific Extended Community";
            case CommunityContainerCodec.ATTRIBUTE_TYPE -> "BGP Community Container";
            default -> "type " + type;
        };
    }
}
