/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Traffic-rate-packets, RFC 8955 section 7.2: transitive experimental type 0x80, sub-type 0x0c,
 * the same layout as traffic-rate-bytes: a 2-octet AS number (informational) and an IEEE 754
 * single-precision rate in packets per second. A rate of 0 discards all matching traffic; a
 * negative rate received is decoded as 0.
 *
 * @param asNumber the 2-octet AS number, 0..65535
 * @param rate the rate in packets per second, not negative and not NaN
 */
public record TrafficRatePackets(int asNumber, float rate) implements RegularExtendedCommunity {
}
