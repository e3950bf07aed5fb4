/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static io.flowsteer.it.netconf.Tables.bindingSid;
import static io.flowsteer.it.netconf.Tables.srPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.CandidatePath;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.Segment;
import io.flowsteer.api.spi.netconf.SegmentList;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import io.flowsteer.impl.netconf.IetfSrPolicyDriver;
import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code ietf-sr-policy} driver against a netconf-testtool router that exposes the IETF SR Policy modules
 * (draft-ietf-spring-sr-policy-yang, module revision 2026-07-06) beside {@code flowsteer-router}: SR Policies pushed,
 * updated and deleted in the IETF model and the indirection-id table on Flowsteer's model, both read back by the
 * independent {@link RawNetconf} client. Its own router on port 17905.
 */
class IetfSrPolicyDriverIT {
    private static final int PORT = 17_905;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> IETF_MODULES = List.of("/ietf-sr-policy/ietf-sr-policy@2026-07-06.yang",
        "/ietf-sr-policy/ietf-sr-policy-types@2026-05-23.yang", "/ietf-sr-policy/ietf-srv6-types@2026-05-06.yang",
        "/ietf-sr-policy/ietf-te-types@2020-06-10.yang", "/ietf-sr-policy/ietf-routing@2018-03-13.yang",
        "/ietf-sr-policy/ietf-interfaces@2018-02-20.yang", "/ietf-sr-policy/ietf-routing-types@2017-12-04.yang",
        "/ietf-sr-policy/ietf-yang-types@2013-07-15.yang");
    private static final String LIST = "flowsteer/7/198.51.100.7/30/65000/192.0.2.254/1/";

    private static final SrPolicyKey KEY = new SrPolicyKey(7, InetAddresses.forString("198.51.100.7"));
    private static final SrPolicyKey V6_KEY = new SrPolicyKey(8, InetAddresses.forString("2001:db8::8"));

    private static CandidatePath configured(final long preference, final SegmentList... lists) {
        return new CandidatePath(30, "65000,192.0.2.254", 1, preference, List.of(lists));
    }

    private static SegmentList mpls(final long id, final long weight, final long... labels) {
        final List<Segment> segments = new java.util.ArrayList<>();
        for (long label : labels) {
            segments.add(new Segment.Mpls(label));
        }
        return new SegmentList(id, weight, segments);
    }

    /** Segment values by index, from a flattened segment list (the router may list the segments in any order). */
    private static Map<Integer, String> segmentsByIndex(final String flattened) {
        final Map<Integer, String> segments = new java.util.TreeMap<>();
        int index = -1;
        for (String leaf : flattened.split(" ")) {
            if (leaf.startsWith("segments/segment/index=")) {
                index = Integer.parseInt(leaf.substring(leaf.indexOf('=') + 1));
            } else if (leaf.endsWith("/value=" + leaf.substring(leaf.indexOf('=') + 1))
                    && leaf.startsWith("segments/segment/")) {
                segments.put(index, leaf.substring(leaf.indexOf('=') + 1));
            }
        }
        return segments;
    }

    @Test
    void policiesLiveInTheIetfModelAndTheTableInFlowsteersOnTheSameRouter() throws Exception {
        final Testtool router = Testtool.start(PORT, 1, IETF_MODULES);
        try (Southbound southbound = new Southbound(List.of(Southbound.DRIVER,
                new IetfSrPolicyDriver(Southbound.DRIVER)))) {
            final RouterEndpoint endpoint = new RouterEndpoint("pe-ietf", "127.0.0.1", PORT, Testtool.USER,
                Testtool.PASSWORD, IetfSrPolicyDriver.NAME_OF_DRIVER);
            final RouterSrPolicy first = new RouterSrPolicy(KEY, "to-pe7", 24_007L, List.of(
                configured(200, mpls(1, 1, 16_007), mpls(2, 3, 16_003, 16_001, 16_007)),
                new CandidatePath(20, "65001," + InetAddresses.forString("2001:db8::fe").getHostAddress(), 9, 100,
                    List.of(new SegmentList(1, 1,
                        List.of(new Segment.Srv6((Inet6Address) InetAddresses.forString("fc00::7"))))))));
            final RouterSrPolicy bare = new RouterSrPolicy(V6_KEY, null, null, List.of());
            final IndirectionTable table = IndirectionTable.of(List.of(bindingSid(20, 24_000),
                srPolicy(40, 7, "198.51.100.7")));

            Instant before = Instant.now();
            southbound.manager.setWanted(endpoint, RouterTables.of(table, List.of(first, bare)));
            RouterStatus status = southbound.await("pe-ietf", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(4, status.lastPush().changes(), "2 entries and 2 policies");
            assertTrue(status.capabilities().stream().anyMatch(cap -> cap.contains("ietf-sr-policy")),
                "the IETF model is announced: " + status.capabilities());
            assertEquals(Map.of("2/20", "mpls-binding-sid=24000",
                "0/40", "sr-policy/color=7 sr-policy/endpoint=198.51.100.7"), RawNetconf.table(PORT));
            Map<String, String> policies = RawNetconf.ietfSrPolicies(PORT);
            assertEquals(Set.of("127.0.0.1/7/198.51.100.7", "127.0.0.1/8/2001:db8::8"), policies.keySet(),
                policies.toString());
            final String policy = policies.get("127.0.0.1/7/198.51.100.7");
            assertTrue(policy.contains("name=to-pe7") && policy.contains("binding-sid/mpls-sid/value=24007"), policy);
            assertTrue(policy.contains("protocol-origin=sr-policy-types:protocol-origin-type-local")
                || policy.contains("protocol-origin-type-local"), policy);
            assertTrue(policy.contains("originator-asn=65000") && policy.contains("preference=200"), policy);
            assertTrue(policy.contains("segment-lists/segment-list/name-ref=" + LIST + "2"
                + " candidate-paths/candidate-path/segment-lists/segment-list/weight=3")
                || policy.contains("name-ref=" + LIST + "2"), policy);
            Map<String, String> lists = RawNetconf.ietfSegmentLists(PORT);
            assertEquals(3, lists.size(), lists.toString());
            final String three = lists.get(LIST + "2");
            assertEquals(Map.of(0, "16003", 1, "16001", 2, "16007"), segmentsByIndex(three), three);
            assertTrue(three.contains("segment-type-A"), three);
            assertTrue(lists.get("flowsteer/7/198.51.100.7/20/65001/2001:db8::fe/9/1").contains("fc00::7"),
                lists.toString());

            // update: the configured path drops list 1 and changes preference, one table entry changes
            final RouterSrPolicy second = new RouterSrPolicy(KEY, "to-pe7", 24_007L, List.of(
                configured(250, mpls(2, 3, 16_003, 16_001, 16_007)), first.candidatePaths().get(0)));
            final IndirectionTable changedTable = IndirectionTable.of(List.of(bindingSid(20, 24_001),
                srPolicy(40, 7, "198.51.100.7")));
            before = Instant.now();
            southbound.manager.setWanted(endpoint, RouterTables.of(changedTable, List.of(second, bare)));
            status = southbound.await("pe-ietf", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(2, status.lastPush().changes(), "one entry and one policy: " + status.lastPush());
            assertEquals("mpls-binding-sid=24001", RawNetconf.table(PORT).get("2/20"));
            assertTrue(RawNetconf.ietfSrPolicies(PORT).get("127.0.0.1/7/198.51.100.7").contains("preference=250"));
            lists = RawNetconf.ietfSegmentLists(PORT);
            assertEquals(Set.of(LIST + "2", "flowsteer/7/198.51.100.7/20/65001/2001:db8::fe/9/1"), lists.keySet(),
                "the list the path no longer uses is gone: " + lists);

            // the same again sends nothing
            before = Instant.now();
            southbound.manager.setWanted(endpoint, RouterTables.of(changedTable, List.of(second, bare)));
            status = southbound.await("pe-ietf", WAIT, Southbound.outcome(Outcome.IN_SYNC, before));
            assertEquals(0, status.lastPush().changes());

            // delete the policies, keep the table
            before = Instant.now();
            southbound.manager.setWanted(endpoint, RouterTables.of(changedTable));
            status = southbound.await("pe-ietf", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(2, status.lastPush().changes());
            assertEquals(Map.of(), RawNetconf.ietfSrPolicies(PORT));
            assertEquals(Map.of(), RawNetconf.ietfSegmentLists(PORT));
            assertEquals(2, RawNetconf.table(PORT).size(), "the table stays on flowsteer-router");
        } finally {
            router.close();
        }
    }
}
