/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import java.io.IOException;

/**
 * A BGP daemon a test runs (gobgpd, FRR's bgpd, BIRD), as the checks that work with any of them see it.
 */
interface BgpDaemon extends AutoCloseable {
    /**
     * The daemon's BGP port.
     *
     * @return the port
     */
    int port();

    /**
     * Whether the daemon, asked through its own CLI, shows its session with a neighbour Established.
     *
     * @param neighbor the neighbour's address, Flowsteer's
     * @return true when it does
     * @throws IOException when the CLI fails
     * @throws InterruptedException when interrupted
     */
    boolean established(String neighbor) throws IOException, InterruptedException;

    @Override
    void close();
}
