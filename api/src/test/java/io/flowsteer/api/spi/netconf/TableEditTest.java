/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableEditTest {
    private static IndirectionEntry entry(final long id, final IndirectionTarget target) {
        return new IndirectionEntry(new IndirectionKey(0, id), null, target);
    }

    private static InetAddress ip(final String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void equalTablesNeedNoEdit() throws UnknownHostException {
        final IndirectionTable table = IndirectionTable.of(List.of(
            entry(1, new IndirectionTarget.NextHops(List.of(ip("192.0.2.1"), ip("192.0.2.2"))))));
        final IndirectionTable sameReordered = IndirectionTable.of(List.of(
            entry(1, new IndirectionTarget.NextHops(List.of(ip("192.0.2.2"), ip("192.0.2.1"))))));
        assertTrue(TableEdit.between(table, sameReordered).isEmpty());
    }

    @Test
    void onlyChangedEntriesArePutAndMissingOnesDeleted() {
        final IndirectionTable current = IndirectionTable.of(List.of(
            entry(1, new IndirectionTarget.MplsBindingSid(100)),
            entry(2, new IndirectionTarget.MplsBindingSid(200)),
            entry(3, new IndirectionTarget.Tunnel("t3"))));
        final IndirectionTable wanted = IndirectionTable.of(List.of(
            entry(1, new IndirectionTarget.MplsBindingSid(100)),
            entry(2, new IndirectionTarget.Tunnel("t2")),
            entry(4, new IndirectionTarget.MplsBindingSid(400))));
        final TableEdit edit = TableEdit.between(current, wanted);
        assertEquals(List.of(wanted.entries().get(new IndirectionKey(0, 2)),
            wanted.entries().get(new IndirectionKey(0, 4))), edit.put());
        assertEquals(List.of(new IndirectionKey(0, 3)), edit.delete());
        assertEquals(wanted, edit.applyTo(current));
    }

    @Test
    void keysOutsideTheCommunityFieldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IndirectionKey(256, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndirectionKey(0, 0x1_0000_0000L));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IndirectionTable.of(List.of(
            entry(1, new IndirectionTarget.MplsBindingSid(100)), entry(1, new IndirectionTarget.Tunnel("x")))));
    }
}
