/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * SFIR Pool Identifier, RFC 9015 (listed as 0x0b/0x01 in draft-ietf-idr-fsv2-ip-basic-06
 * table 2): SFC type 0x0b, sub-type 0x01, a 6-octet pool identifier.
 *
 * @param poolId the 48-bit pool identifier, 0..2^48-1
 */
public record SfirPoolIdentifier(long poolId) implements RegularExtendedCommunity {
}
