/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * A 20-octet IPv6 address specific extended community, RFC 5701 section 2, as carried in the
 * IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY attribute (type 25).
 */
public sealed interface Ipv6ExtendedCommunity extends ExtendedCommunity
        permits RedirectToIpv6, RedirectToVrfIpv6, UnknownIpv6ExtendedCommunity {
    // marker
}
