/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import com.google.common.util.concurrent.FluentFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadWriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.HttpAuthorization;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.HttpAuthorizationBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.authorization.policies.Policies;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.authorization.policies.PoliciesBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.permission.Permissions;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.permission.Permissions.Actions;
import org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http.permission.PermissionsBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Who may do what on RESTCONF, as policies for AAA's {@code dynamicAuthorization} filter (the
 * {@code aaa:http-authorization} container, which the filter reads from the configuration datastore). The first
 * policy whose resource matches the request's path decides; a method it does not grant to one of the user's roles is
 * refused with 403.
 * <ul>
 *   <li>{@code admin}: every method everywhere.</li>
 *   <li>{@value AdminAccount#OPERATOR}: reads (GET) everything except AAA's own data, and runs
 *       {@code preview-rule}, {@code explain-packet} and {@code rule-summary}; it changes nothing, and cannot run
 *       {@code resync-device}.</li>
 * </ul>
 * The policies are written only where the container does not exist yet: an operator's own policies stay.
 */
final class AccessPolicies {
    private static final InstanceIdentifier<HttpAuthorization> PATH =
        InstanceIdentifier.create(HttpAuthorization.class);
    private static final String ADMIN = "admin";
    private static final Set<Actions> EVERYTHING = Set.of(Actions.Get, Actions.Put, Actions.Post, Actions.Patch,
        Actions.Delete);
    private static final List<String> OPERATOR_RPCS = List.of("flowsteer-status:preview-rule",
        "flowsteer-status:explain-packet", "flowsteer-status:rule-summary");

    private AccessPolicies() {
        // the policies and their writer
    }

    /**
     * The policies Flowsteer starts with.
     *
     * @return the container with its policies, in order
     */
    static HttpAuthorization defaults() {
        final List<Policies> policies = new ArrayList<>();
        policies.add(policy(policies.size(), "/rests/data/aaa*/**",
            "AAA's own data (users, policies, keys): admin only", grant(ADMIN, EVERYTHING)));
        for (String rpc : OPERATOR_RPCS) {
            for (String form : List.of(rpc, rpc.replace(":", "%3A"))) {
                policies.add(policy(policies.size(), "/rests/operations/" + form,
                    "reads only: admin and operator may run it", grant(ADMIN, EVERYTHING),
                    grant(AdminAccount.OPERATOR, Set.of(Actions.Post))));
            }
        }
        policies.add(policy(policies.size(), "/rests/**",
            "everything else: admin may change, operator may read", grant(ADMIN, EVERYTHING),
            grant(AdminAccount.OPERATOR, Set.of(Actions.Get))));
        return new HttpAuthorizationBuilder()
            .setPolicies(new org.opendaylight.yang.gen.v1.urn.opendaylight.params.xml.ns.yang.aaa.rev161214.http
                .authorization.PoliciesBuilder().setPolicies(policies).build())
            .build();
    }

    /**
     * Writes {@link #defaults()} when the configuration datastore has no {@code http-authorization} yet.
     *
     * @param broker the data broker
     * @param wait how long the read and the commit may each take; a datastore still joining its cluster may not
     *     answer for a long time, and the caller tries again rather than waiting without end
     * @return true when written, false when policies were there already
     * @throws ExecutionException when the read or the commit fails (the caller tries again)
     * @throws TimeoutException when the read or the commit did not end within {@code wait}; a commit may still
     *     land later, and the next call then finds the policies
     * @throws InterruptedException when interrupted
     */
    static boolean ensure(final DataBroker broker, final Duration wait)
            throws ExecutionException, TimeoutException, InterruptedException {
        final ReadWriteTransaction tx = broker.newReadWriteTransaction();
        final FluentFuture<Optional<HttpAuthorization>> read = tx.read(LogicalDatastoreType.CONFIGURATION, PATH);
        final Optional<HttpAuthorization> existing;
        try {
            existing = read.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            tx.cancel();
            throw e;
        }
        if (existing.isPresent()) {
            tx.cancel();
            return false;
        }
        tx.put(LogicalDatastoreType.CONFIGURATION, PATH, defaults());
        tx.commit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    private static Policies policy(final int index, final String resource, final String description,
            final Permissions... permissions) {
        return new PoliciesBuilder()
            .setIndex(Uint32.valueOf(index + 1))
            .setResource(resource)
            .setDescription(description)
            .setPermissions(List.of(permissions))
            .build();
    }

    private static Permissions grant(final String role, final Set<Actions> actions) {
        return new PermissionsBuilder().setRole(role).setActions(actions).build();
    }
}
