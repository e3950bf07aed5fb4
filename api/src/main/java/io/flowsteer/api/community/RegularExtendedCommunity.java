/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * An 8-octet extended community, RFC 4360 section 2, as carried in the EXTENDED_COMMUNITIES
 * attribute (type 16). Each permitted record names the section that defines its layout.
 */
public sealed interface RegularExtendedCommunity extends ExtendedCommunity
        permits TrafficRateBytes, TrafficRatePackets, TrafficAction, RedirectToVrfAs2, RedirectToVrfIpv4,
            RedirectToVrfAs4, TrafficMarking, RedirectToIpv4, RedirectToIpNextHop, RedirectToIndirectionId,
            ActionChainOrdering,
            InterfaceSet, SfcClassifier, SfirPoolIdentifier, SfcMplsMixedLabels, UnknownExtendedCommunity {
    // marker
}
