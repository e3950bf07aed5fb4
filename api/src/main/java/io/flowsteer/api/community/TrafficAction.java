/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Traffic-action, RFC 8955 section 7.3: type 0x80, sub-type 0x07, 46 reserved bits, then S
 * (sample, bit 46) and T (terminal action, bit 47). Reserved bits are sent as zero and ignored on
 * receipt.
 *
 * @param sample S: enable traffic sampling and logging
 * @param terminal T: when set, subsequent filtering rules still apply to the traffic; when clear,
 *     evaluation stops once this rule is applied (RFC 8955 section 7.3 wording)
 */
public record TrafficAction(boolean sample, boolean terminal) implements RegularExtendedCommunity {
}
