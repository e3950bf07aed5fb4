/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static io.flowsteer.impl.netconf.FlowsteerRouterDriver.NETCONF_BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterSrPolicy;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.SrPolicyKey;
import io.flowsteer.api.spi.netconf.TableEdit;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The RPC sequence of one push (RFC 6241 sections 7.5, 8.3, 8.4, 8.5) for the capability sets netconf-testtool does
 * not offer, against a scripted router that keeps a running datastore, applies a commit and undoes a cancel-commit.
 */
class RouterPushTest {
    private static final FlowsteerRouterDriver DRIVER =
        new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class));
    private static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    private static final String CONFIRMED = "urn:ietf:params:netconf:capability:confirmed-commit:1.1";
    private static final String VALIDATE = "urn:ietf:params:netconf:capability:validate:1.1";
    private static final String ROLLBACK = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";
    private static final RouterTables WANTED = RouterTables.of(IndirectionTable.of(List.of(
        new IndirectionEntry(new IndirectionKey(0, 1), null, new IndirectionTarget.MplsBindingSid(100)),
        new IndirectionEntry(new IndirectionKey(0, 2), null, new IndirectionTarget.Tunnel("te2")))),
        List.of(FlowsteerRouterDriverTest.POLICY));
    private static final RouterTables OLD = RouterTables.of(IndirectionTable.of(List.of(
        new IndirectionEntry(new IndirectionKey(0, 9), null, new IndirectionTarget.MplsBindingSid(900)))));

    /**
     * A router answering from a running datastore. A commit makes running {@link #afterCommit}; a cancel-commit
     * puts back what running held before the confirmed commit. Operations listed in {@link #refuse} get an
     * rpc-error. A get-config whose filter names entries or policies by key answers with only those, as RFC 6241
     * section 6.2.5 has it, and is listed with the number of keys.
     */
    private static final class ScriptedRouter implements NetconfChannel {
        final List<String> operations = new ArrayList<>();
        final Map<String, String> refuse = new HashMap<>();
        RouterTables running;
        RouterTables afterCommit;
        RouterTables beforeConfirmed;

        ScriptedRouter(final RouterTables running, final RouterTables afterCommit) {
            this.running = running;
            this.afterCommit = afterCommit;
        }

        @Override
        public Document rpc(final Document request) {
            final Element operation = firstElement(request.getDocumentElement());
            final StringBuilder line = new StringBuilder(operation.getLocalName());
            for (Node child = operation.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && !"filter".equals(element.getLocalName())
                        && !"config".equals(element.getLocalName())) {
                    final Element inner = firstElement(element);
                    line.append(' ').append(inner != null ? inner.getLocalName() : element.getLocalName()
                        + ("".equals(element.getTextContent()) ? "" : "=" + element.getTextContent()));
                }
            }
            final String name = operation.getLocalName();
            final RouterEdit selected = selectedKeys(operation);
            if (!selected.isEmpty()) {
                line.append(", ").append(selected.size()).append(" by key");
            }
            operations.add(line.toString());
            final Document reply = UntrustedXML.newDocumentBuilder().newDocument();
            final Element root = reply.createElementNS(NETCONF_BASE, "rpc-reply");
            reply.appendChild(root);
            final String tag = refuse.get(name);
            if (tag != null) {
                final Element error = child(root, "rpc-error", null);
                child(error, "error-type", "protocol");
                child(error, "error-tag", tag);
                child(error, "error-severity", "error");
                child(error, "error-message", name + " refused by the script");
                return reply;
            }
            switch (name) {
                case "get-config" -> {
                    final Element data = child(root, "data", null);
                    final RouterTables answer = selected.isEmpty() ? running : selected.selectFrom(running);
                    final Element config = DRIVER.editConfig(reply, RouterEdit.between(RouterTables.EMPTY, answer));
                    while (config.getFirstChild() != null) {
                        data.appendChild(config.getFirstChild());
                    }
                    return reply;
                }
                case "commit" -> {
                    if (firstElement(operation) != null) {
                        beforeConfirmed = running;
                    }
                    running = afterCommit;
                }
                case "cancel-commit" -> running = beforeConfirmed;
                default -> {
                    // lock, unlock, edit-config, validate, discard-changes: accepted
                }
            }
            child(root, "ok", null);
            return reply;
        }

        /**
         * The entries and policies a get-config filter names by key, as an edit deleting them; empty for any other
         * operation or filter.
         */
        private static RouterEdit selectedKeys(final Element operation) {
            final List<IndirectionKey> entries = new ArrayList<>();
            final List<SrPolicyKey> policies = new ArrayList<>();
            for (Node child = operation.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element filter && "filter".equals(filter.getLocalName())) {
                    for (Element entry : descendants(filter, "entry")) {
                        entries.add(new IndirectionKey(Integer.parseInt(leaf(entry, "id-type")),
                            Long.parseLong(leaf(entry, "id"))));
                    }
                    for (Element policy : descendants(filter, "policy")) {
                        policies.add(new SrPolicyKey(Long.parseLong(leaf(policy, "color")),
                            InetAddresses.forString(leaf(policy, "endpoint"))));
                    }
                }
            }
            return new RouterEdit(new TableEdit(List.of(), entries), List.of(), policies);
        }

        private static List<Element> descendants(final Element parent, final String name) {
            final NodeList nodes = parent.getElementsByTagNameNS(FlowsteerRouterDriver.NAMESPACE, name);
            final List<Element> found = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
            return found;
        }

        private static String leaf(final Element parent, final String name) {
            return parent.getElementsByTagNameNS(FlowsteerRouterDriver.NAMESPACE, name).item(0).getTextContent();
        }

        private static Element firstElement(final Element parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    return element;
                }
            }
            return null;
        }

        private static Element child(final Element parent, final String name, final String text) {
            final Element element = parent.getOwnerDocument().createElementNS(NETCONF_BASE, name);
            if (text != null) {
                element.setTextContent(text);
            }
            parent.appendChild(element);
            return element;
        }
    }

    private static RouterPush.Report push(final ScriptedRouter router, final String... capabilities)
            throws Exception {
        return new RouterPush(DRIVER, new NetconfRpcs(), Duration.ofSeconds(45), Clock.systemUTC())
            .push(router, Set.of(capabilities), WANTED);
    }

    /** A push with candidate that starts from {@code state}, what the last push on the session left. */
    private static RouterPush.Report pushFrom(final ScriptedRouter router, final RouterTables wanted,
            final RouterTables state) throws Exception {
        return new RouterPush(DRIVER, new NetconfRpcs(), Duration.ofSeconds(45), Clock.systemUTC())
            .push(router, Set.of(CANDIDATE), wanted, state);
    }

    @Test
    void confirmedCommitIsConfirmedOnlyAfterTheReadBackMatches() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterPush.Report report = push(router, CANDIDATE, CONFIRMED, VALIDATE);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate",
            "validate candidate", "commit confirmed confirm-timeout=45", "get-config running, 4 by key", "commit",
            "unlock candidate"), router.operations);
        assertEquals(Outcome.APPLIED, report.result().outcome());
        assertEquals(4, report.result().changes(), "2 entries and 1 policy put, 1 entry deleted");
        assertEquals(WANTED, router.running);
    }

    @Test
    void readBackThatDiffersCancelsTheConfirmedCommitAndRunningGoesBack() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, RouterTables.of(WANTED.indirection()));
        final RouterPush.Report report = push(router, CANDIDATE, CONFIRMED);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate",
            "commit confirmed confirm-timeout=45", "get-config running, 4 by key", "cancel-commit", "unlock candidate"),
            router.operations);
        assertEquals(Outcome.READ_BACK_DIFFERS, report.result().outcome());
        assertEquals(1, report.differences().size(), report.differences().toString());
        assertEquals(OLD, router.running, "cancel-commit restored the configuration before the push");
    }

    @Test
    void candidateWithoutConfirmedCommitIsCommittedOnceAndReadBack() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterPush.Report report = push(router, CANDIDATE);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate", "commit",
            "get-config running, 4 by key", "unlock candidate"), router.operations);
        assertEquals(Outcome.APPLIED, report.result().outcome());
    }

    @Test
    void refusedEditDiscardsTheCandidateAndReleasesTheLock() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        router.refuse.put("edit-config", "invalid-value");
        final RouterPush.Report report = push(router, CANDIDATE, CONFIRMED);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate", "discard-changes",
            "unlock candidate"), router.operations);
        assertEquals(Outcome.REFUSED, report.result().outcome());
        assertEquals("invalid-value", report.result().errors().get(0).tag());
        assertEquals(OLD, router.running);
    }

    @Test
    void lockHeldByAnotherSessionRefusesThePushBeforeAnyEdit() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        router.refuse.put("lock", "lock-denied");
        final RouterPush.Report report = push(router, CANDIDATE, CONFIRMED);
        assertEquals(List.of("get-config running", "lock candidate"), router.operations);
        assertEquals(Outcome.REFUSED, report.result().outcome());
        assertEquals("lock-denied", report.result().errors().get(0).tag());
    }

    @Test
    void withoutCandidateRunningIsLockedAndEditedWithRollbackOnError() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        // a router without :candidate applies the edit to running at once
        router.refuse.clear();
        final NetconfChannel applying = request -> {
            final Document reply = router.rpc(request);
            if (router.operations.get(router.operations.size() - 1).startsWith("edit-config")) {
                router.running = WANTED;
            }
            return reply;
        };
        final RouterPush.Report report = new RouterPush(DRIVER, new NetconfRpcs(), Duration.ofSeconds(45),
            Clock.systemUTC()).push(applying, Set.of(ROLLBACK), WANTED);
        assertEquals(List.of("get-config running", "lock running", "edit-config running error-option=rollback-on-error",
            "get-config running, 4 by key", "unlock running"), router.operations);
        assertEquals(Outcome.APPLIED, report.result().outcome());
    }

    @Test
    void whatTheDriverCannotExpressIsRefusedAfterTheReadsAndNothingIsSent() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterSrPolicy colorZero = new RouterSrPolicy(
            new SrPolicyKey(0, InetAddresses.forString("192.0.2.9")), null, null, List.of());
        final RouterPush.Report report = new RouterPush(new IetfSrPolicyDriver(DRIVER).forRouter(new RouterEndpoint(
            "pe1", "192.0.2.1", 830, "admin", "admin", IetfSrPolicyDriver.NAME_OF_DRIVER)), new NetconfRpcs(),
            Duration.ofSeconds(45), Clock.systemUTC()).push(router, Set.of(CANDIDATE),
                RouterTables.of(OLD.indirection(), List.of(colorZero)));
        assertEquals(List.of("get-config running", "get-config running"), router.operations,
            "one read per model root, then nothing");
        assertEquals(Outcome.REFUSED, report.result().outcome());
        assertEquals("not sent, driver ietf-sr-policy cannot express it: SR Policy (color 0, endpoint 192.0.2.9): "
            + "color 0 cannot be expressed in ietf-sr-policy (color-type is 1..4294967295)",
            report.result().failure());
        assertEquals("refused: " + report.result().failure(), NetconfDeviceBridge.describe(report.result()));
        assertEquals(OLD, router.running);
    }

    @Test
    void routerThatAlreadyHoldsTheWantedStateGetsNothingButTheRead() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(WANTED, OLD);
        final RouterPush.Report report = push(router, CANDIDATE, CONFIRMED);
        assertEquals(List.of("get-config running"), router.operations);
        assertEquals(Outcome.IN_SYNC, report.result().outcome());
        assertFalse(report.result().changes() > 0);
    }

    @Test
    void pushAfterAnAppliedPushEditsFromItsStateAndReadsBackOnlyTheEditedKeys() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterPush.Report report = pushFrom(router, WANTED, OLD);
        assertEquals(List.of("lock candidate", "edit-config candidate", "commit", "get-config running, 4 by key",
            "unlock candidate"), router.operations, "one get-config, the read-back of the edited keys");
        assertEquals(Outcome.APPLIED, report.result().outcome());
        assertEquals(4, report.result().changes());
    }

    @Test
    void editedEntryTheRouterDidNotTakeShowsInTheReadBackByKey() throws Exception {
        final List<IndirectionEntry> entries = new ArrayList<>(WANTED.indirection().entries().values());
        entries.set(0, new IndirectionEntry(entries.get(0).key(), null, new IndirectionTarget.Tunnel("other")));
        final RouterTables afterCommit = RouterTables.of(IndirectionTable.of(entries),
            WANTED.srPolicies().values().stream().toList());
        final ScriptedRouter router = new ScriptedRouter(OLD, afterCommit);
        final RouterPush.Report report = pushFrom(router, WANTED, OLD);
        assertEquals(Outcome.READ_BACK_DIFFERS, report.result().outcome());
        assertEquals(List.of("(0, 1): wanted mpls-binding-sid 100"),
            report.differences());
    }

    @Test
    void editLargerThanTheKeyLimitIsReadBackWhole() throws Exception {
        final List<IndirectionEntry> many = new ArrayList<>();
        for (int id = 0; id <= RouterPush.SELECTIVE_READ_BACK_LIMIT; id++) {
            many.add(new IndirectionEntry(new IndirectionKey(0, 1_000 + id), null,
                new IndirectionTarget.MplsBindingSid(16_000 + id)));
        }
        final RouterTables wanted = RouterTables.of(IndirectionTable.of(many));
        final ScriptedRouter router = new ScriptedRouter(RouterTables.EMPTY, wanted);
        final RouterPush.Report report = new RouterPush(DRIVER, new NetconfRpcs(), Duration.ofSeconds(45),
            Clock.systemUTC()).push(router, Set.of(CANDIDATE), wanted);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate", "commit",
            "get-config running", "unlock candidate"), router.operations);
        assertEquals(Outcome.APPLIED, report.result().outcome());
        assertEquals(RouterPush.SELECTIVE_READ_BACK_LIMIT + 1, report.result().changes());
    }

    @Test
    void driverThatCannotSelectByKeyReadsBackWhole() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterTables wanted = RouterTables.of(WANTED.indirection());
        router.afterCommit = wanted;
        final RouterPush.Report report = new RouterPush(new IetfSrPolicyDriver(DRIVER).forRouter(new RouterEndpoint(
            "pe1", "192.0.2.1", 830, "admin", "admin", IetfSrPolicyDriver.NAME_OF_DRIVER)), new NetconfRpcs(),
            Duration.ofSeconds(45), Clock.systemUTC()).push(router, Set.of(CANDIDATE), wanted, OLD);
        assertEquals(List.of("lock candidate", "edit-config candidate", "commit", "get-config running",
            "get-config running", "unlock candidate"), router.operations, "one whole read per model root");
        assertEquals(Outcome.APPLIED, report.result().outcome());
    }

    @Test
    void stateEqualToTheWantedStateIsNotTakenForInSyncWithoutARead() throws Exception {
        final ScriptedRouter router = new ScriptedRouter(OLD, WANTED);
        final RouterPush.Report report = pushFrom(router, WANTED, WANTED);
        assertEquals(List.of("get-config running", "lock candidate", "edit-config candidate", "commit",
            "get-config running, 4 by key", "unlock candidate"), router.operations);
        assertEquals(Outcome.APPLIED, report.result().outcome());
    }
}
