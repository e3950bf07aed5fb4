/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.cli.RuleReport.RuleLine;
import io.flowsteer.impl.status.RuleStateCounts;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.AddressFamily;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.RuleKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint64;

class RuleReportTest {
    private final InMemoryMdsal mdsal = new InMemoryMdsal();
    private final RuleReport report = new RuleReport(mdsal.dataBroker());

    @Test
    void rulesAreListedInInstallationOrderWithTheirStatus() throws Exception {
        mdsal.write(tx -> {
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rule("zeta"),
                new RuleBuilder().setName("zeta").build());
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rule("mid"),
                new RuleBuilder().setName("mid").build());
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, rule("alpha"),
                new RuleBuilder().setName("alpha").setVersion(FlowspecVersion.Fsv2)
                    .setAddressFamily(AddressFamily.Ipv6).build());
        });
        mdsal.write(tx -> {
            tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, status("zeta"),
                new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder()
                    .setName("zeta").setState(RuleState.Pending).setOrderKey(Uint64.valueOf(3_000_000_000L))
                    .setLastChange(new DateAndTime("2026-11-25T12:00:00Z")).build());
            tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, status("mid"),
                new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder()
                    .setName("mid").setState(RuleState.Installed).setOrderKey(Uint64.valueOf(1_500_000_000L))
                    .setLastChange(new DateAndTime("2026-11-25T12:00:01Z")).build());
        });

        final List<RuleLine> lines = report.rules();

        assertEquals(List.of(
            new RuleLine("mid", "fsv1", "ipv4", "installed", "0", "2026-11-25T12:00:01Z"),
            new RuleLine("zeta", "fsv1", "ipv4", "pending", "1", "2026-11-25T12:00:00Z"),
            new RuleLine("alpha", "fsv2", "ipv6", "-", "-", "-")), lines);
        final String table = RuleReport.table(lines);
        assertTrue(table.startsWith("NAME"), table);
        assertTrue(table.indexOf("zeta") < table.indexOf("alpha"), table);
    }

    @Test
    void anEmptyConfigurationSaysSo() throws Exception {
        final List<RuleLine> lines = report.rules();
        assertEquals(List.of(), lines);
        assertTrue(RuleReport.table(lines).contains("(no rules configured)"));
    }

    @Test
    void theSummaryCountsTheRulesInEachState() throws Exception {
        final String summary = RuleReport.summary(new RuleStateCounts(3, 2, Map.of(RuleState.Installed, 1,
            RuleState.Pending, 1)));
        assertEquals(String.format("3 rules configured, 2 with status%n%-20s %s%n%-20s %d%n%-20s %d%n", "STATE",
            "RULES", "pending", 1, "installed", 1), summary);
        assertEquals(String.format("0 rules configured, 0 with status%n"),
            RuleReport.summary(new RuleStateCounts(0, 0, Map.of())));
    }

    private static InstanceIdentifier<Rule> rule(final String name) {
        return InstanceIdentifier.builder(Flowspec.class).child(Rule.class, new RuleKey(name)).build();
    }

    private static InstanceIdentifier<
            org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule> status(
            final String name) {
        return InstanceIdentifier.builder(FlowspecStatus.class)
            .child(org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule.class,
                new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleKey(name))
            .build();
    }
}
