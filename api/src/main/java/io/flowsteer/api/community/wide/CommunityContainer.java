/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * One container of the BGP Community Container attribute, draft-ietf-idr-wide-bgp-communities
 * section 2 (common header): a 2-octet container type, a flags octet, a reserved octet and a 2-octet
 * length, followed by {@code length} octets of contents. The reserved octet is sent as zero and
 * ignored on receipt. Container type 1 is the BGP Wide Community.
 *
 * @param type the container type, 0..65535
 * @param flags the flags octet, 0..255, kept as received
 * @param contents the octets after the length field
 */
public record CommunityContainer(int type, int flags, @NonNull Octets contents) {
    /** Container type 1, the BGP Wide Community. */
    public static final int TYPE_WIDE_COMMUNITY = 1;

    public CommunityContainer {
        requireNonNull(contents, "contents");
    }
}
