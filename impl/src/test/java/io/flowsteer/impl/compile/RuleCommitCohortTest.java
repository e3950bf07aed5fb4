/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Throwables;
import io.flowsteer.impl.testing.InMemoryMdsal;
import io.flowsteer.impl.validate.CommitRefusal;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefix;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.match.DestinationPrefixBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.Match;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint8;

class RuleCommitCohortTest {
    private static final String OFFSET_ERROR =
        "rule block-dns: match/destination-prefix/offset 64 is not below the prefix length 48";

    private InMemoryMdsal mdsal;
    private RuleCommitCohort cohort;

    @BeforeEach
    void start() {
        mdsal = new InMemoryMdsal();
        cohort = new RuleCommitCohort(mdsal.domDataBroker(), mdsal.serializer(), new RuleCompiler());
        cohort.register();
    }

    @AfterEach
    void stop() {
        cohort.close();
    }

    @Test
    void aRuleThatCannotBeRenderedIsRefusedWithItsErrorsAndNotStored() throws Exception {
        final ExecutionException failure = assertThrows(ExecutionException.class, () -> put(badOffset()));
        final DataValidationFailedException refusal = Throwables.getCausalChain(failure).stream()
            .filter(DataValidationFailedException.class::isInstance).map(DataValidationFailedException.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no validation failure in " + failure));
        assertEquals(CommitRefusal.MARKER + OFFSET_ERROR, refusal.getMessage());
        assertEquals(Optional.empty(), read("block-dns"));
    }

    @Test
    void aGoodRuleCommits() throws Exception {
        put(Rules.dns("block-dns", "2001:db8::/48").build());
        assertEquals(Optional.of("2001:db8::/48"), read("block-dns").map(RuleCommitCohortTest::prefix));
    }

    @Test
    void aBadRuleTakesTheWholeTransactionDown() throws Exception {
        assertThrows(ExecutionException.class, () -> mdsal.write(tx -> {
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path("good"),
                Rules.dns("good", "192.0.2.0/24").build());
            tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path("block-dns"), badOffset());
        }));
        assertTrue(read("good").isEmpty(), "the good rule of the refused transaction is not stored");
    }

    @Test
    void changingAStoredRuleIntoABadOneKeepsTheStoredRule() throws Exception {
        put(Rules.dns("block-dns", "2001:db8::/48").build());
        final ExecutionException failure = assertThrows(ExecutionException.class,
            () -> mdsal.write(tx -> tx.merge(LogicalDatastoreType.CONFIGURATION,
                path("block-dns").child(Match.class).child(DestinationPrefix.class),
                new DestinationPrefixBuilder().setPrefix(new IpPrefix("2001:db8::/48")).setOffset(Uint8.valueOf(64))
                    .build())));
        assertTrue(Throwables.getStackTraceAsString(failure).contains(OFFSET_ERROR));
        assertEquals(Optional.of(Uint8.ZERO),
            read("block-dns").map(rule -> rule.getMatch().getDestinationPrefix().getOffset()),
            "the stored rule keeps offset 0");
    }

    @Test
    void deletingARuleIsNeverRefused() throws Exception {
        put(Rules.dns("block-dns", "192.0.2.0/24").build());
        mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, path("block-dns")));
        assertEquals(Optional.empty(), read("block-dns"));
    }

    private static String prefix(final Rule rule) {
        return rule.getMatch().getDestinationPrefix().getPrefix().getValue();
    }

    private static Rule badOffset() {
        return Rules.dns("block-dns", "2001:db8::/48").setMatch(Rules.dnsMatch("2001:db8::/48")
            .setDestinationPrefix(new DestinationPrefixBuilder().setPrefix(new IpPrefix("2001:db8::/48"))
                .setOffset(Uint8.valueOf(64)).build()).build()).build();
    }

    private void put(final Rule rule) throws Exception {
        Rules.put(mdsal, rule);
    }

    private Optional<Rule> read(final String name) throws Exception {
        return Rules.read(mdsal, name);
    }

    private static InstanceIdentifier<Rule> path(final String name) {
        return Rules.path(name);
    }
}
