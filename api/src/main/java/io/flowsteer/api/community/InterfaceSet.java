/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Flowspec interface-set, draft-ietf-idr-flowspec-interfaceset section 4 (listed as 0x07/0x02 in
 * draft-ietf-idr-fsv2-ip-basic-06 table 2): type 0x07, sub-type 0x02, a 4-octet AS number, then a
 * 2-octet field {@code | O | I | Group ID (14 bits) |}.
 *
 * @param asNumber the 4-octet AS number, 0..4294967295
 * @param outbound O: the rule applies to traffic leaving the interfaces of the group
 * @param inbound I: the rule applies to traffic entering the interfaces of the group
 * @param groupId the 14-bit interface group id, 0..16383
 */
public record InterfaceSet(long asNumber, boolean outbound, boolean inbound, int groupId)
        implements RegularExtendedCommunity {
}
