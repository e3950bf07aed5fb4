/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

/**
 * How to reach one router's NETCONF server over SSH (RFC 6242) with a user name and password, and which driver
 * speaks its model.
 *
 * @param name router name, as in flowsteer-devices
 * @param host address or host name
 * @param port TCP port
 * @param username SSH user
 * @param password SSH password
 * @param driver driver name, see {@link DeviceDriver#name()}
 */
public record RouterEndpoint(String name, String host, int port, String username, String password, String driver) {
    /**
     * Checks the fields.
     */
    public RouterEndpoint {
        requireNonNull(name);
        requireNonNull(host);
        requireNonNull(username);
        requireNonNull(password);
        requireNonNull(driver);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
    }

    @Override
    public String toString() {
        return "RouterEndpoint[" + name + " " + username + "@" + host + ":" + port + " driver " + driver + "]";
    }
}
