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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    void randomTablesGiveTheEditOfALookupByKey() {
        final Random random = new Random(20261204);
        for (int round = 0; round < 500; round++) {
            final IndirectionTable current = randomTable(random);
            final IndirectionTable wanted = random.nextInt(10) == 0 ? current : randomTable(random);
            // the definition, restated with a lookup per key
            final List<IndirectionEntry> put = wanted.entries().values().stream()
                .filter(entry -> !entry.equals(current.entries().get(entry.key()))).toList();
            final List<IndirectionKey> delete = current.entries().keySet().stream()
                .filter(key -> !wanted.entries().containsKey(key)).toList();
            final TableEdit edit = TableEdit.between(current, wanted);
            assertEquals(put, edit.put(), "round " + round);
            assertEquals(delete, edit.delete(), "round " + round);
            assertEquals(wanted, edit.applyTo(current), "round " + round);
        }
    }

    private static IndirectionTable randomTable(final Random random) {
        final List<IndirectionEntry> entries = new ArrayList<>();
        for (int type = 0; type < 3; type++) {
            for (long id = 0; id < 12; id++) {
                if (random.nextInt(3) > 0) {
                    entries.add(new IndirectionEntry(new IndirectionKey(type * 127, id * 0x1555_5555L), null,
                        random.nextBoolean() ? new IndirectionTarget.MplsBindingSid(16 + random.nextInt(3))
                            : new IndirectionTarget.Tunnel("t" + random.nextInt(3))));
                }
            }
        }
        return IndirectionTable.of(entries);
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
