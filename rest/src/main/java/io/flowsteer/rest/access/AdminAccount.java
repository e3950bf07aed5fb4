/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import java.io.IOException;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.aaa.api.IDMStoreException;
import org.opendaylight.aaa.api.IIDMStore;
import org.opendaylight.aaa.api.StoreBuilder;
import org.opendaylight.aaa.api.model.Role;
import org.opendaylight.aaa.api.model.User;
import org.opendaylight.aaa.api.password.service.PasswordHashService;

/**
 * The RESTCONF accounts a first start leaves: the {@code sdn} domain, the roles {@code admin}, {@code user} and
 * {@value #OPERATOR}, and an {@code admin} account whose password is not the well-known {@code admin}.
 *
 * <p>AAA creates {@code admin}/{@code admin} when it finds no {@code sdn} domain. When Flowsteer gets to the user
 * store first, it creates the domain and the admin account itself, so the default password never exists; when AAA
 * was first, Flowsteer replaces the default password. An account whose password an operator has changed is never
 * touched.
 */
final class AdminAccount {
    /** What {@link #secure} found and did. */
    enum Outcome {
        /** The domain did not exist: created, with the admin account and its initial password. */
        CREATED,
        /** The admin account had the default password, now replaced. */
        REPLACED,
        /** The admin account has a password of the operator's: left as it is. */
        KEPT,
        /** The domain exists but the admin account not (yet): AAA may be creating it, or an operator removed it. */
        ABSENT
    }

    /**
     * Where the password of a new or default account comes from, asked only when one is needed.
     */
    @FunctionalInterface
    interface PasswordSource {
        /**
         * The password.
         *
         * @return the password and where it comes from
         * @throws IOException when it cannot be read or kept
         */
        InitialPassword get() throws IOException;
    }

    /**
     * What {@link #secure} did.
     *
     * @param outcome what was found and done
     * @param password the password given to the account, when one was
     */
    record Secured(Outcome outcome, @Nullable InitialPassword password) {
    }

    /** The role that reads and explains but changes nothing. */
    static final String OPERATOR = "operator";

    private static final String DOMAIN = IIDMStore.DEFAULT_DOMAIN;
    private static final String ADMIN = "admin";
    private static final String DEFAULT_PASSWORD = "admin";

    private final IIDMStore store;
    private final PasswordHashService hashes;

    AdminAccount(final IIDMStore store, final PasswordHashService hashes) {
        this.store = store;
        this.hashes = hashes;
    }

    /**
     * Makes sure the admin account does not have the default password, and the operator role exists.
     *
     * @param password the password a new or default account gets
     * @return what was found and done
     * @throws IOException when the password is needed but cannot be read or kept
     * @throws IDMStoreException when the user store fails, for example because AAA writes the same domain at the
     *     same moment (the caller tries again)
     */
    Secured secure(final PasswordSource password) throws IDMStoreException, IOException {
        if (store.readDomain(DOMAIN) == null) {
            final StoreBuilder builder = new StoreBuilder(store);
            final @Nullable String created = builder.initDomainAndRolesWithoutUsers(DOMAIN);
            if (created != null) {
                ensureOperatorRole();
                final InitialPassword initial = password.get();
                builder.createUser(created, ADMIN, initial.value(), true);
                return new Secured(Outcome.CREATED, initial);
            }
        }
        ensureOperatorRole();
        final @Nullable User admin = admin();
        if (admin == null) {
            return new Secured(Outcome.ABSENT, null);
        }
        if (!hashes.passwordsMatch(DEFAULT_PASSWORD, admin.getPassword(), admin.getSalt())) {
            return new Secured(Outcome.KEPT, null);
        }
        final InitialPassword initial = password.get();
        final User update = new User();
        update.setUserid(admin.getUserid());
        update.setPassword(initial.value());
        store.updateUser(update);
        return new Secured(Outcome.REPLACED, initial);
    }

    private @Nullable User admin() throws IDMStoreException {
        final List<User> users = store.getUsers(ADMIN, DOMAIN).getUsers();
        return users == null || users.isEmpty() ? null : users.get(0);
    }

    private void ensureOperatorRole() throws IDMStoreException {
        final List<Role> roles = store.getRoles().getRoles();
        if (roles != null && roles.stream().anyMatch(r -> OPERATOR.equals(r.getName())
                && DOMAIN.equals(r.getDomainid()))) {
            return;
        }
        final Role role = new Role();
        role.setName(OPERATOR);
        role.setDomainid(DOMAIN);
        role.setDescription("reads configuration and status, previews rules and explains packets; changes nothing");
        store.writeRole(role);
    }
}
