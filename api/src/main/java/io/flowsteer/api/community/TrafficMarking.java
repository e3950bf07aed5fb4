/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Traffic-marking, RFC 8955 section 7.5: type 0x80, sub-type 0x09, 5 reserved octets, then 2
 * reserved bits and the 6-bit DSCP value. Reserved bits are sent as zero and ignored on receipt.
 *
 * @param dscp the DSCP value, 0..63
 */
public record TrafficMarking(int dscp) implements RegularExtendedCommunity {
}
