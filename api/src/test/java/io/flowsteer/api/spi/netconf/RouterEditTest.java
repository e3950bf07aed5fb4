/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterEditTest {
    private static InetAddress address(final String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }

    private static RouterSrPolicy policy(final long color, final long label) throws UnknownHostException {
        return new RouterSrPolicy(new SrPolicyKey(color, address("192.0.2.1")), null, null, List.of(
            new CandidatePath(30, "65000,192.0.2.9", 1, 100, List.of(
                new SegmentList(1, 1, List.of(new Segment.Mpls(label), new Segment.Mpls(16_001)))))));
    }

    @Test
    void onlyChangedAddedAndRemovedPoliciesAreInTheEdit() throws UnknownHostException {
        final RouterTables current = RouterTables.of(IndirectionTable.EMPTY,
            List.of(policy(1, 16_100), policy(2, 16_200), policy(3, 16_300)));
        final RouterTables wanted = RouterTables.of(IndirectionTable.EMPTY,
            List.of(policy(1, 16_100), policy(2, 16_222), policy(4, 16_400)));
        final RouterEdit edit = RouterEdit.between(current, wanted);
        assertEquals(List.of(policy(2, 16_222), policy(4, 16_400)), edit.putPolicies());
        assertEquals(List.of(new SrPolicyKey(3, address("192.0.2.1"))), edit.deletePolicies());
        assertEquals(3, edit.size());
        assertEquals(wanted, edit.applyTo(current));
        assertTrue(RouterEdit.between(wanted, wanted).isEmpty());
    }

    @Test
    void candidatePathAndSegmentListOrderDoesNotMakeAPolicyDiffer() throws UnknownHostException {
        final CandidatePath first = new CandidatePath(30, "a", 1, 100, List.of(
            new SegmentList(2, 1, List.of(new Segment.Mpls(16_002))), new SegmentList(1, 1, List.of())));
        final CandidatePath second = new CandidatePath(10, "b", 2, 100, List.of());
        final SrPolicyKey key = new SrPolicyKey(5, address("2001:db8::5"));
        assertEquals(new RouterSrPolicy(key, null, null, List.of(first, second)),
            new RouterSrPolicy(key, null, null, List.of(second, first)));
    }

    @Test
    void segmentOrderMatters() {
        assertNotEquals(new SegmentList(1, 1, List.of(new Segment.Mpls(16_001), new Segment.Mpls(16_002))),
            new SegmentList(1, 1, List.of(new Segment.Mpls(16_002), new Segment.Mpls(16_001))));
    }

    @Test
    void duplicateKeysAndOutOfRangeValuesAreRefused() throws UnknownHostException {
        assertThrows(IllegalArgumentException.class, () -> RouterTables.of(IndirectionTable.EMPTY,
            List.of(policy(1, 16_100), policy(1, 16_200))));
        assertThrows(IllegalArgumentException.class, () -> new CandidatePath(256, "a", 1, 100, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CandidatePath(30, "a", 1, 100, List.of(
            new SegmentList(1, 1, List.of()), new SegmentList(1, 2, List.of()))));
        assertThrows(IllegalArgumentException.class, () -> new SegmentList(1, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Segment.Mpls(15));
        assertThrows(IllegalArgumentException.class, () -> new RouterSrPolicy(
            new SrPolicyKey(1, address("192.0.2.1")), null, 5L, List.of()));
    }
}
