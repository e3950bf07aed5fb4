/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.impl.testing.InMemoryMdsal;
import java.util.Optional;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.LogicalOperation;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.NumericComparison;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPort;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPortBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.IpProtocolBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.uint16.terms.TermBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * Rules for tests, as an operator would configure them.
 */
public final class Rules {
    private Rules() {
        // utility class
    }

    /**
     * The running example: UDP to port 53 of a destination prefix, FSv1.
     *
     * @param name the rule name
     * @param prefix the destination prefix
     * @return a builder to refine
     */
    public static RuleBuilder dns(final String name, final String prefix) {
        return new RuleBuilder()
            .setName(name)
            .setVersion(FlowspecVersion.Fsv1)
            .setAddressFamily(prefix.contains(":") ? AddressFamily.Ipv6 : AddressFamily.Ipv4)
            .setMatch(dnsMatch(prefix).build());
    }

    /**
     * The match of {@link #dns(String, String)}.
     *
     * @param prefix the destination prefix
     * @return a builder to refine
     */
    public static MatchBuilder dnsMatch(final String prefix) {
        return new MatchBuilder()
            .setDestinationPrefix(new DestinationPrefixBuilder().setPrefix(new IpPrefix(prefix)).build())
            .setIpProtocol(new IpProtocolBuilder().setTerm(BindingMap.of(
                new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.uint8.terms.TermBuilder()
                    .setId(Uint8.ONE).setValue(Uint8.valueOf(17)).build())).build())
            .setDestinationPort(new DestinationPortBuilder().setTerm(BindingMap.of(
                new TermBuilder().setId(Uint8.ONE).setValue(Uint16.valueOf(53)).build())).build());
    }

    /**
     * A destination-port component whose only term has the given logical operation and comparison.
     *
     * @param operation the logical operation
     * @param comparison the comparison
     * @param port the port
     * @return the component
     */
    public static DestinationPort port(
            final LogicalOperation operation, final NumericComparison comparison, final int port) {
        return new DestinationPortBuilder().setTerm(BindingMap.of(new TermBuilder().setId(Uint8.ONE)
            .setLogicalOperation(operation).setComparison(comparison).setValue(Uint16.valueOf(port)).build()))
            .build();
    }

    /**
     * Where a rule is configured.
     *
     * @param name the rule's name
     * @return its path in the configuration datastore
     */
    public static InstanceIdentifier<Rule> path(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    /**
     * Writes a rule as RESTCONF's PUT would, creating the rules container when needed.
     *
     * @param mdsal the broker
     * @param rule the rule
     * @throws Exception when the write is refused
     */
    public static void put(final InMemoryMdsal mdsal, final Rule rule) throws Exception {
        mdsal.write(tx -> tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path(rule.getName()), rule));
    }

    /**
     * Reads a configured rule.
     *
     * @param mdsal the broker
     * @param name the rule's name
     * @return the rule, or empty when it is not stored
     * @throws Exception when the read fails
     */
    public static Optional<Rule> read(final InMemoryMdsal mdsal, final String name) throws Exception {
        return mdsal.read(LogicalDatastoreType.CONFIGURATION, path(name));
    }
}
