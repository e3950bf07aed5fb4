/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Traffic-rate-bytes, RFC 8955 section 7.1: transitive experimental type 0x80, sub-type 0x06, a
 * 2-octet AS number (informational) and an IEEE 754 single-precision rate in bytes per second. A
 * rate of 0 discards all matching traffic; a negative rate received is decoded as 0.
 *
 * @param asNumber the 2-octet AS number, 0..65535
 * @param rate the rate in bytes per second, finite or infinite but not negative and not NaN
 */
public record TrafficRateBytes(int asNumber, float rate) implements RegularExtendedCommunity {
}
