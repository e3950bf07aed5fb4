/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Redirect to IP next hop, draft-simpson-idr-flowspec-redirect section 3: transitive type 0x08, sub-type 0x00. The
 * community carries no address: traffic goes to the next hop of the route's MP_REACH_NLRI (RFC 4760 section 3),
 * so a route has one target at most. The low-order bit of the last octet is C (copy); the other 47 bits of the
 * value are reserved, sent as zero and ignored on receipt.
 *
 * <p>Cisco IOS-XR and Arista EOS take redirect to IP in this form, which came before the
 * draft-ietf-idr-flowspec-redirect-ip communities {@link RedirectToIpv4} and {@link RedirectToIpv6}.
 *
 * @param copy C: when set a copy of the matching traffic goes to the next hop and the original is forwarded as
 *     usual
 */
public record RedirectToIpNextHop(boolean copy) implements RegularExtendedCommunity {
    /** The community of a redirect (C=0). */
    public static final RedirectToIpNextHop REDIRECT = new RedirectToIpNextHop(false);
}
