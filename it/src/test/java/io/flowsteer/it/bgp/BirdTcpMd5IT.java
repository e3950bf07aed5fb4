/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

/**
 * BGP sessions signed with TCP MD5 (RFC 2385) against BIRD 2 with {@code password "KEY";} in its protocol, on
 * 127.0.0.83 (Flowsteer on 127.0.0.82); the daemon's view is {@code birdc show protocols all}. Needs Linux and
 * bird.
 */
class BirdTcpMd5IT extends TcpMd5Interop<Bird> {
    BirdTcpMd5IT() {
        super(new Ends("127.0.0.82", Bird.SPEAKER_AS, "127.0.0.83", Bird.AS, FLOWSPEC),
            (address, speaker) -> Bird.start(address, speaker, "bird-md5", Bird.SPEAKER_AS, KEY));
    }
}
