/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.util.AntPathMatcher;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.dom.adapter.test.ConcurrentDataBrokerTestCustomizer;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.HttpAuthorization;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.HttpAuthorizationBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.authorization.policies.Policies;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.authorization.policies.PoliciesBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.permission.Permissions;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.permission.PermissionsBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * The role policies, decided the way AAA's dynamicAuthorization filter decides them (the first policy, by index,
 * whose resource matches the path as Shiro's Ant matcher matches it; then any permission of one of the user's roles
 * that lists the method), and written to the in-memory MD-SAL broker.
 */
class AccessPoliciesTest {
    private static final InstanceIdentifier<HttpAuthorization> PATH =
        InstanceIdentifier.create(HttpAuthorization.class);

    private static boolean allowed(final HttpAuthorization authorization, final String role, final String method,
            final String uri) {
        final AntPathMatcher matcher = new AntPathMatcher();
        final List<Policies> policies = authorization.getPolicies().getPolicies().stream()
            .sorted(Comparator.comparing(Policies::getIndex)).toList();
        for (Policies policy : policies) {
            if (matcher.matches(policy.getResource(), uri)) {
                for (Permissions permission : policy.nonnullPermissions()) {
                    if (role.equals(permission.getRole()) && permission.getActions().stream()
                            .anyMatch(action -> action.getName().equals(method.toLowerCase(Locale.ROOT)))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    @Test
    void adminChangesEverythingOperatorReadsAndExplains() {
        final HttpAuthorization policies = AccessPolicies.defaults();
        final List<String> methods = List.of("GET", "PUT", "POST", "PATCH", "DELETE");
        for (String uri : List.of("/rests/data/flowsteer-flowspec:flowspec/rule=r1",
                "/rests/data/flowsteer-devices:devices/device=edge1", "/rests/data",
                "/rests/data/aaa:http-authorization", "/rests/operations/flowsteer-status:resync-device")) {
            for (String method : methods) {
                assertTrue(allowed(policies, "admin", method, uri), "admin " + method + " " + uri);
            }
        }
        for (String uri : List.of("/rests/data/flowsteer-flowspec:flowspec/rule=r1", "/rests/data",
                "/rests/data/flowsteer-status:flowspec-status", "/rests/yang-library-version")) {
            assertTrue(allowed(policies, "operator", "GET", uri), "operator reads " + uri);
            for (String method : methods.subList(1, methods.size())) {
                assertFalse(allowed(policies, "operator", method, uri), "operator " + method + " " + uri);
            }
        }
        for (String uri : List.of("/rests/operations/flowsteer-status:preview-rule",
                "/rests/operations/flowsteer-status:explain-packet",
                "/rests/operations/flowsteer-status:rule-summary",
                "/rests/operations/flowsteer-status%3Apreview-rule")) {
            assertTrue(allowed(policies, "operator", "POST", uri), "operator runs " + uri);
        }
        assertFalse(allowed(policies, "operator", "POST", "/rests/operations/flowsteer-status:resync-device"));
        assertFalse(allowed(policies, "operator", "GET", "/rests/data/aaa:http-authorization"), "AAA's data");
        assertFalse(allowed(policies, "operator", "GET", "/rests/data/aaa:http-authorization/policies"));
        for (String method : methods) {
            assertFalse(allowed(policies, "user", method, "/rests/data"), "a role without a policy: " + method);
        }
    }

    @Test
    void policiesAreWrittenOnceAndAnOperatorsOwnAreKept() throws Exception {
        final ConcurrentDataBrokerTestCustomizer customizer = new ConcurrentDataBrokerTestCustomizer(true);
        final DataBroker broker = customizer.createDataBroker();
        customizer.updateSchema(BindingRuntimeHelpers.createRuntimeContext());

        assertTrue(AccessPolicies.ensure(broker, Duration.ofSeconds(10)));
        assertEquals(Optional.of(AccessPolicies.defaults()), read(broker));
        assertFalse(AccessPolicies.ensure(broker, Duration.ofSeconds(10)), "already there");

        // an operator's own policy: only admin, for everything
        final HttpAuthorization own = new HttpAuthorizationBuilder()
            .setPolicies(new org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http
                .authorization.PoliciesBuilder().setPolicies(List.of(new PoliciesBuilder().setIndex(Uint32.ONE)
                    .setResource("/rests/**").setDescription("mine")
                    .setPermissions(List.of(new PermissionsBuilder().setRole("admin")
                        .setActions(Set.of(Permissions.Actions.Get)).build())).build())).build())
            .build();
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        tx.put(LogicalDatastoreType.CONFIGURATION, PATH, own);
        tx.commit().get();
        assertFalse(AccessPolicies.ensure(broker, Duration.ofSeconds(10)));
        assertEquals(Optional.of(own), read(broker));
    }

    private static Optional<HttpAuthorization> read(final DataBroker broker) throws Exception {
        try (ReadTransaction tx = broker.newReadOnlyTransaction()) {
            return tx.read(LogicalDatastoreType.CONFIGURATION, PATH).get();
        }
    }
}
