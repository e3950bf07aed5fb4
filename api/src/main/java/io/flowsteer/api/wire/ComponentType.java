/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The thirteen IP flowspec component types: FSv1 type codes from RFC 8955 section 4.2.2 and RFC 8956 section 3,
 * FSv2 IP Basic component types from draft-ietf-idr-fsv2-ip-basic section 4.2.
 */
public enum ComponentType {
    /** Type 1 / 10: destination prefix. */
    DESTINATION_PREFIX(1, 10, ComponentKind.PREFIX, 128, "destination prefix"),
    /** Type 2 / 20: source prefix. */
    SOURCE_PREFIX(2, 20, ComponentKind.PREFIX, 128, "source prefix"),
    /** Type 3 / 30: IPv4 protocol or IPv6 upper-layer protocol (next header). */
    IP_PROTOCOL(3, 30, ComponentKind.NUMERIC, 8, "ip protocol"),
    /** Type 4 / 40: source or destination port. */
    PORT(4, 40, ComponentKind.NUMERIC, 16, "port"),
    /** Type 5 / 50: destination port. */
    DESTINATION_PORT(5, 50, ComponentKind.NUMERIC, 16, "destination port"),
    /** Type 6 / 60: source port. */
    SOURCE_PORT(6, 60, ComponentKind.NUMERIC, 16, "source port"),
    /** Type 7 / 70: ICMP or ICMPv6 type. */
    ICMP_TYPE(7, 70, ComponentKind.NUMERIC, 8, "icmp type"),
    /** Type 8 / 80: ICMP or ICMPv6 code. */
    ICMP_CODE(8, 80, ComponentKind.NUMERIC, 8, "icmp code"),
    /** Type 9 / 90: TCP flags (1-octet form: octet 14; 2-octet form: octets 13-14, data offset as 0). */
    TCP_FLAGS(9, 90, ComponentKind.BITMASK, 16, "tcp flags"),
    /** Type 10 / 100: total IP packet length. */
    PACKET_LENGTH(10, 100, ComponentKind.NUMERIC, 32, "packet length"),
    /** Type 11 / 110: DSCP, six bits. */
    DSCP(11, 110, ComponentKind.NUMERIC, 6, "dscp"),
    /** Type 12 / 120: fragment bitmask (LF, FF, IsF, DF). */
    FRAGMENT(12, 120, ComponentKind.BITMASK, 4, "fragment"),
    /** Type 13 / 130: IPv6 flow label, twenty bits (RFC 8956 section 3.7). */
    FLOW_LABEL(13, 130, ComponentKind.NUMERIC, 20, "flow label");

    private static final ComponentType[] BY_FSV1 = values();

    private final int fsv1Code;
    private final int fsv2Code;
    private final @NonNull ComponentKind kind;
    private final int valueBits;
    private final @NonNull String fieldName;

    ComponentType(final int fsv1Code, final int fsv2Code, final ComponentKind kind, final int valueBits,
            final String fieldName) {
        this.fsv1Code = fsv1Code;
        this.fsv2Code = fsv2Code;
        this.kind = kind;
        this.valueBits = valueBits;
        this.fieldName = fieldName;
    }

    /**
     * The FSv1 component type code (RFC 8955 section 4.2.2).
     *
     * @return 1 to 13
     */
    public int fsv1Code() {
        return fsv1Code;
    }

    /**
     * The FSv2 IP Basic component type (draft-ietf-idr-fsv2-ip-basic section 4.2).
     *
     * @return 10 to 130
     */
    public int fsv2Code() {
        return fsv2Code;
    }

    /**
     * How the value is encoded.
     *
     * @return the kind
     */
    public @NonNull ComponentKind kind() {
        return kind;
    }

    /**
     * Width of the packet field matched by numeric or bitmask values of this type.
     *
     * @return number of bits a value may use
     */
    public int valueBits() {
        return valueBits;
    }

    /**
     * Human-readable field name used in error messages.
     *
     * @return the name, for example "dscp"
     */
    public @NonNull String fieldName() {
        return fieldName;
    }

    /**
     * Looks up an FSv1 type code.
     *
     * @param code the code
     * @return the type, or null when unknown
     */
    public static @Nullable ComponentType forFsv1Code(final int code) {
        return code >= 1 && code <= BY_FSV1.length ? BY_FSV1[code - 1] : null;
    }

    /**
     * Looks up an FSv2 IP Basic component type.
     *
     * @param code the 12-bit component type
     * @return the type, or null when unknown
     */
    public static @Nullable ComponentType forFsv2Code(final int code) {
        return code % 10 == 0 ? forFsv1Code(code / 10) : null;
    }
}
