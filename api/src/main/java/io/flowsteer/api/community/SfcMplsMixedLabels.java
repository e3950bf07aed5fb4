/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * MPLS mixed swapping/stacking labels, RFC 9015 (listed as 0x0b/0x02 in
 * draft-ietf-idr-fsv2-ip-basic-06 table 2): SFC type 0x0b, sub-type 0x02 and a 6-octet value that
 * carries the SFC context label and the SF label. Flowsteer recognises the community and keeps the
 * value as a 48-bit number without interpreting the label layout.
 *
 * @param value the 6-octet value, 0..2^48-1
 */
public record SfcMplsMixedLabels(long value) implements RegularExtendedCommunity {
}
