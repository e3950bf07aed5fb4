/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.opendaylight.aaa.api.ClaimCache;
import org.opendaylight.aaa.api.IDMStoreException;
import org.opendaylight.aaa.api.IIDMStore;
import org.opendaylight.aaa.api.password.service.PasswordHashService;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secures RESTCONF on every start, in the background until done: writes the {@link AccessPolicies} where none exist,
 * creates the {@value AdminAccount#OPERATOR} role, and (outside the lab {@link Profile}) leaves no {@code admin}
 * account with the password {@code admin} ({@link AdminAccount}). Each step is retried every half second while AAA's
 * user store or the datastore are still starting, for up to ten minutes.
 *
 * <p>Once that is done it stays as the node's {@link UserStoreWatch}: a rejected login makes it look at the user
 * store again (at most every {@value #RECHECK_SECONDS} seconds), and a store that has lost the {@code sdn} domain, as
 * AAA's H2 file can after a crash, gets its domain, roles and {@code admin} account back as on a first start.
 * Without that, a node whose store is empty answers every login with 401 until an operator rebuilds the store by
 * hand: AAA creates its defaults only when it starts.
 */
@Component(service = UserStoreWatch.class, immediate = true)
public final class SecurityBootstrap implements UserStoreWatch, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityBootstrap.class);
    private static final Duration RETRY = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    /** How long the admin account may be missing from an existing domain before Flowsteer stops looking. */
    private static final Duration ABSENT_FOR = Duration.ofSeconds(30);
    /** How long one read or commit of the access policies may take before it is tried again. */
    private static final Duration DATASTORE_WAIT = Duration.ofSeconds(10);
    /** How long securing may take before the operator is told why it is not done yet. */
    private static final Duration SLOW = Duration.ofMinutes(1);
    /** How often at most a rejected login makes the user store be looked at again. */
    static final int RECHECK_SECONDS = 5;
    private static final long RECHECK_NANOS = Duration.ofSeconds(RECHECK_SECONDS).toNanos();

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread thread = new Thread(r, "flowsteer-first-start");
        thread.setDaemon(true);
        return thread;
    });
    private final DataBroker broker;
    private final AdminAccount account;
    private final ClaimCache claims;
    private final Profile profile;
    private final Path passwordFile;
    private final long started = System.nanoTime();
    /** When a rejected login may next make the user store be looked at ({@link System#nanoTime()}). */
    private final AtomicLong nextRecheck = new AtomicLong(started);
    private boolean adminDone;
    private boolean policiesDone;
    private boolean slowReported;
    private String lastProblem = "none yet";

    /**
     * Starts securing RESTCONF.
     *
     * @param broker the data broker, for the access policies
     * @param store AAA's user store
     * @param hashes AAA's password hashes, to recognise the default password
     * @param claims AAA's cache of logins, emptied when a password changes
     */
    @Activate
    public SecurityBootstrap(@Reference final DataBroker broker, @Reference final IIDMStore store,
            @Reference final PasswordHashService hashes, @Reference final ClaimCache claims) {
        this.broker = broker;
        this.claims = claims;
        account = new AdminAccount(store, hashes);
        profile = Profile.current();
        passwordFile = Path.of(System.getProperty("karaf.etc", "etc"), "initial-passwords", "restconf-admin");
        if (profile.lab()) {
            LOG.warn("Lab profile: the RESTCONF account admin/admin and the console account karaf/karaf are kept. "
                + "Never run the lab profile where routers carry traffic.");
        }
        executor.execute(this::step);
    }

    @Deactivate
    @Override
    public void close() {
        executor.shutdownNow();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void step() {
        try {
            // the account first: it lives in this node's user store and must not wait for the cluster's datastore
            if (!adminDone) {
                adminDone = profile.lab() || secureAdmin();
            }
            if (!policiesDone) {
                if (AccessPolicies.ensure(broker, DATASTORE_WAIT)) {
                    LOG.info("RESTCONF access policies written: admin may change everything, operator may read "
                        + "and run preview-rule, explain-packet and rule-summary");
                }
                policiesDone = true;
            }
            if (adminDone && policiesDone) {
                // the executor stays for the rechecks a rejected login asks for
                return;
            }
        } catch (TimeoutException e) {
            lastProblem = "the datastore did not answer within " + DATASTORE_WAIT.toSeconds() + " s";
            LOG.debug("RESTCONF access policies not written yet, trying again", e);
        } catch (IDMStoreException | ExecutionException | RuntimeException e) {
            // the user store or the datastore while they start; an unexpected failure must not end the retries unseen
            lastProblem = String.valueOf(e.getMessage());
            LOG.debug("RESTCONF accounts not ready yet, trying again", e);
        } catch (IOException e) {
            LOG.error("The first RESTCONF admin password cannot be kept in {}: {}. The admin account may still have "
                + "the default password; set FLOWSTEER_ADMIN_PASSWORD and restart.", passwordFile, e.getMessage());
            executor.shutdown();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!slowReported && elapsed().compareTo(SLOW) > 0) {
            slowReported = true;
            LOG.warn("RESTCONF accounts are not secured yet after {} s; still trying. Last problem reported by the "
                + "user store or the datastore: {}", SLOW.toSeconds(), lastProblem);
        }
        if (elapsed().compareTo(GIVE_UP) > 0) {
            LOG.error("RESTCONF accounts could not be secured within {} minutes: AAA's user store did not answer. "
                + "Check that the admin account does not have the password admin.", GIVE_UP.toMinutes());
            executor.shutdown();
            return;
        }
        executor.schedule(this::step, RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void loginRejected() {
        final long now = System.nanoTime();
        final long due = nextRecheck.get();
        if (now - due < 0 || !nextRecheck.compareAndSet(due, now + RECHECK_NANOS)) {
            return;
        }
        try {
            executor.execute(this::recheck);
        } catch (RejectedExecutionException e) {
            LOG.debug("Not looking at the user store again: securing it has ended", e);
        }
    }

    /**
     * Looks at the user store again after a rejected login; runs on the executor, after the start's steps.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void recheck() {
        if (!adminDone || profile.lab()) {
            // the start's own steps are still at it, or the lab profile keeps AAA's defaults
            return;
        }
        try {
            final AdminAccount.Secured secured = account.secure(this::initialPassword);
            final InitialPassword password = secured.password();
            final String source = password == null ? "" : password.source();
            switch (secured.outcome()) {
                case CREATED -> {
                    claims.clear();
                    LOG.warn("RESTCONF's user store on this node had lost its accounts, so every login failed. User "
                        + "admin is back with its first password, from {}; any other account must be created "
                        + "again (docs/security.md).", source);
                }
                case REPLACED -> {
                    claims.clear();
                    LOG.warn("RESTCONF user admin had the default password again; it has its first password, from "
                        + "{}. Change it (docs/security.md).", source);
                }
                case KEPT, ABSENT -> LOG.debug("User store looked at after a rejected login: {}", secured.outcome());
                default -> throw new IllegalStateException("unexpected " + secured.outcome());
            }
        } catch (IOException e) {
            LOG.error("The first RESTCONF admin password cannot be kept in {}: {}. Set FLOWSTEER_ADMIN_PASSWORD.",
                passwordFile, e.getMessage());
        } catch (IDMStoreException | RuntimeException e) {
            LOG.warn("RESTCONF's user store could not be looked at after a rejected login: {}", e.getMessage());
            LOG.debug("The user store's failure", e);
        }
    }

    /**
     * One attempt at the admin account.
     *
     * @return true when nothing is left to do
     */
    private boolean secureAdmin() throws IDMStoreException, IOException {
        final AdminAccount.Secured secured = account.secure(this::initialPassword);
        final AdminAccount.Outcome outcome = secured.outcome();
        final InitialPassword password = secured.password();
        switch (outcome) {
            case CREATED, REPLACED -> {
                claims.clear();
                final String source = password == null ? "" : password.source();
                LOG.warn("RESTCONF user admin has its first password, from {}. Log in with it, change it "
                    + "(docs/security.md), then delete the file.", source);
                return true;
            }
            case KEPT -> {
                LOG.info("RESTCONF accounts checked: user admin keeps the password it has");
                return true;
            }
            case ABSENT -> {
                if (elapsed().compareTo(ABSENT_FOR) > 0) {
                    LOG.info("RESTCONF has no admin account; the operator's accounts are kept as they are");
                    return true;
                }
                return false;
            }
            default -> throw new IllegalStateException("unexpected " + outcome);
        }
    }

    private InitialPassword initialPassword() throws IOException {
        return InitialPassword.resolve(System.getenv(), passwordFile, new SecureRandom());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
