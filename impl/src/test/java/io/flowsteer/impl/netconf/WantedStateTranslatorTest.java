/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.EntryBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Srv6BindingSidBuilder;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6AddressNoZone;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;

class WantedStateTranslatorTest {
    @Test
    void anIpv4MappedSrv6SidIsPushedAsTheIpv6AddressItIs() {
        // where an IPv6 address is expected an IPv4-mapped one is IPv6 (IpAddressText), not a refused IPv4 address
        final var table = WantedStateTranslator.table(new RouterTableBuilder().setName(new DeviceRef("pe1"))
            .setEntry(BindingMap.of(new EntryBuilder()
                .setIdType(new IndirectionIdType(IndirectionIdType.Enumeration.Srv6BindingSid)).setId(Uint32.valueOf(9))
                .setTarget(new Srv6BindingSidBuilder().setSrv6Sid(new Ipv6AddressNoZone("::ffff:192.0.2.1")).build())
                .build()))
            .build());
        assertEquals(1, table.entries().size());
        final IndirectionEntry entry = table.entries().values().iterator().next();
        final var sid = assertInstanceOf(IndirectionTarget.Srv6BindingSid.class, entry.target());
        assertArrayEquals(HexFormat.of().parseHex("00000000000000000000ffffc0000201"), sid.sid().getAddress());
    }
}
