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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendaylight.aaa.api.IIDMStore;
import org.opendaylight.aaa.api.StoreBuilder;
import org.opendaylight.aaa.api.model.User;
import org.opendaylight.aaa.api.password.service.PasswordHashService;
import org.opendaylight.aaa.datastore.h2.H2Store;
import org.opendaylight.aaa.datastore.h2.StoreException;
import org.opendaylight.aaa.impl.password.service.DefaultPasswordHashService;

/**
 * The first start's admin account, on AAA's own H2 user store (an in-memory database) with AAA's own password
 * hashing, as the distribution runs them.
 */
class AdminAccountTest {
    private static final InitialPassword INITIAL = new InitialPassword("first-pass-Xy7", "the test");
    private static final AdminAccount.PasswordSource NOT_ASKED = () -> {
        throw new AssertionError("the password must not be asked for");
    };

    private final PasswordHashService hashes = new DefaultPasswordHashService();
    private final String database = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final IIDMStore store = new H2Store(this::connect, hashes);
    private final AdminAccount account = new AdminAccount(store, hashes);

    private Connection connect() throws StoreException {
        try {
            return DriverManager.getConnection(database, "sa", "");
        } catch (SQLException e) {
            throw new StoreException("cannot open " + database, e);
        }
    }

    private User admin() throws Exception {
        final List<User> users = store.getUsers("admin", IIDMStore.DEFAULT_DOMAIN).getUsers();
        assertEquals(1, users.size(), "one admin: " + users);
        return users.get(0);
    }

    private boolean hasPassword(final User user, final String password) {
        return hashes.passwordsMatch(password, user.getPassword(), user.getSalt());
    }

    private boolean operatorRoleExists() throws Exception {
        return store.getRoles().getRoles().stream().anyMatch(role -> "operator".equals(role.getName())
            && IIDMStore.DEFAULT_DOMAIN.equals(role.getDomainid()));
    }

    @Test
    void anEmptyStoreGetsTheDomainAndAnAdminThatNeverHadTheDefaultPassword() throws Exception {
        final AdminAccount.Secured secured = account.secure(() -> INITIAL);
        assertEquals(AdminAccount.Outcome.CREATED, secured.outcome());
        assertEquals(INITIAL, secured.password());
        assertTrue(hasPassword(admin(), INITIAL.value()));
        assertFalse(hasPassword(admin(), "admin"));
        assertTrue(operatorRoleExists());
        // AAA starting afterwards finds the domain and creates no admin/admin
        new StoreBuilder(store).initWithDefaultUsers(IIDMStore.DEFAULT_DOMAIN);
        assertTrue(hasPassword(admin(), INITIAL.value()));
        assertEquals(AdminAccount.Outcome.KEPT, account.secure(NOT_ASKED).outcome());
    }

    @Test
    void theDefaultPasswordAaaCreatedIsReplaced() throws Exception {
        new StoreBuilder(store).initWithDefaultUsers(IIDMStore.DEFAULT_DOMAIN);
        assertTrue(hasPassword(admin(), "admin"));
        final AdminAccount.Secured secured = account.secure(() -> INITIAL);
        assertEquals(AdminAccount.Outcome.REPLACED, secured.outcome());
        assertTrue(hasPassword(admin(), INITIAL.value()));
        assertFalse(hasPassword(admin(), "admin"));
        assertTrue(operatorRoleExists());
        assertEquals(AdminAccount.Outcome.KEPT, account.secure(NOT_ASKED).outcome(), "once is enough");
    }

    @Test
    void aPasswordTheOperatorChoseIsKept() throws Exception {
        new StoreBuilder(store).initWithDefaultUsers(IIDMStore.DEFAULT_DOMAIN);
        final User change = new User();
        change.setUserid(admin().getUserid());
        change.setPassword("the-operators-own");
        store.updateUser(change);
        final AdminAccount.Secured secured = account.secure(NOT_ASKED);
        assertEquals(AdminAccount.Outcome.KEPT, secured.outcome());
        assertNull(secured.password());
        assertTrue(hasPassword(admin(), "the-operators-own"));
    }

    @Test
    void aDomainWithoutAdminIsLeftAsItIs() throws Exception {
        new StoreBuilder(store).initDomainAndRolesWithoutUsers(IIDMStore.DEFAULT_DOMAIN);
        assertEquals(AdminAccount.Outcome.ABSENT, account.secure(NOT_ASKED).outcome());
        assertTrue(store.getUsers("admin", IIDMStore.DEFAULT_DOMAIN).getUsers().isEmpty());
        assertTrue(operatorRoleExists(), "the operator role is there for the operator's own accounts");
    }
}
