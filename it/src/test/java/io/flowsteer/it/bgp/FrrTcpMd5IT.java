/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against FRR's bgpd with {@code neighbor X password KEY}, on
 * 127.0.0.81 (Flowsteer on 127.0.0.80); the daemon's view is {@code show bgp summary json}. Needs Linux and
 * /usr/lib/frr/bgpd.
 */
class FrrTcpMd5IT extends TcpMd5Interop<Frr> {
    FrrTcpMd5IT() {
        super(new Ends("127.0.0.80", Frr.SPEAKER_AS, "127.0.0.81", Frr.AS, FLOWSPEC),
            (address, speaker) -> Frr.start(address, speaker, "frr-md5", Frr.SPEAKER_AS, KEY));
    }
}
