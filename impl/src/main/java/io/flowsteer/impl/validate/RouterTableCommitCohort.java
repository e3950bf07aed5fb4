/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import java.util.List;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.Entry;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.Target;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.SrPolicy;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Srv6BindingSid;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Tunnel;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;

/**
 * Checks each router's indirection table written to {@code flowsteer-indirection:indirection-tables} at commit
 * (draft-ietf-idr-flowspec-redirect-indirection-id): every entry has a target; next hops and SR Policy endpoints
 * are unicast; an SRv6 binding SID is a unicast IPv6 address; a tunnel has a name.
 */
public final class RouterTableCommitCohort extends EntryCommitCohort<RouterTable> {
    /**
     * The cohort.
     *
     * @param domDataBroker the DOM data broker, with the commit cohort extension
     * @param serializer the binding codec
     */
    public RouterTableCommitCohort(final DOMDataBroker domDataBroker,
            final BindingNormalizedNodeSerializer serializer) {
        super(domDataBroker, serializer, InstanceIdentifier.create(IndirectionTables.class), RouterTable.class);
    }

    @Override
    protected String subject(final MapEntryNode entry) {
        return "indirection table of '" + entry.name().values().iterator().next() + "'";
    }

    @Override
    protected List<String> check(final RouterTable table) {
        final EntryProblems problems =
            new EntryProblems("indirection table of '" + table.getName().getValue() + "'");
        for (Entry entry : table.nonnullEntry().values()) {
            final String where = "entry[" + entry.getIdType() + "," + entry.getId() + "]";
            final Target target = entry.getTarget();
            if (target == null) {
                problems.add(where, "has no target; give next-hop, mpls-label, srv6-sid, sr-policy or tunnel-name");
            } else if (target instanceof NextHops hops) {
                if (hops.getNextHop() == null || hops.getNextHop().isEmpty()) {
                    problems.add(where + "/next-hop", "needs at least one next hop");
                } else {
                    for (IpAddressNoZone hop : hops.getNextHop()) {
                        problems.unicast(where + "/next-hop", hop);
                    }
                }
            } else if (target instanceof Srv6BindingSid sid && sid.getSrv6Sid() != null) {
                problems.unicast(where + "/srv6-sid", new IpAddressNoZone(sid.getSrv6Sid()));
            } else if (target instanceof SrPolicy policy && policy.getSrPolicy() != null) {
                problems.unicast(where + "/sr-policy/endpoint", policy.getSrPolicy().getEndpoint());
            } else if (target instanceof Tunnel tunnel && (tunnel.getTunnelName() == null
                    || tunnel.getTunnelName().isBlank())) {
                problems.add(where + "/tunnel-name", "needs the tunnel's name");
            }
        }
        return problems.list();
    }
}
