/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.PortNumber;

/**
 * The problems of one configuration entry, each a sentence naming the entry and the field, in the same words as the
 * RESTCONF front door: {@code device 'pe1', field bgp/peer-address: ...}.
 */
final class EntryProblems {
    private final String subject;
    private final List<String> list = new ArrayList<>();

    EntryProblems(final String subject) {
        this.subject = subject;
    }

    void add(final String field, final String problem) {
        list.add(subject + ", field " + field + ": " + problem);
    }

    void unicast(final String field, final @Nullable IpAddressNoZone address) {
        if (address != null) {
            final String problem = Addresses.unicast(address.stringValue());
            if (problem != null) {
                add(field, problem);
            }
        }
    }

    void port(final String field, final @Nullable PortNumber port) {
        if (port != null && port.getValue().toJava() == 0) {
            add(field, "port 0 is not a port a router listens on; give 1-65535");
        }
    }

    void prefix(final String field, final String prefix) {
        final String problem = Prefixes.hostBits(prefix);
        if (problem != null) {
            add(field, problem);
        }
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
