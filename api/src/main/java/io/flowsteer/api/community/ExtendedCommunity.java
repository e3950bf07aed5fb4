/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * A BGP extended community carrying a flowspec action or a value the actions refer to: either the
 * 8-octet form of RFC 4360 section 2 ({@link RegularExtendedCommunity}) or the 20-octet IPv6
 * address specific form of RFC 5701 section 2 ({@link Ipv6ExtendedCommunity}).
 */
public sealed interface ExtendedCommunity permits RegularExtendedCommunity, Ipv6ExtendedCommunity {
    // marker
}
