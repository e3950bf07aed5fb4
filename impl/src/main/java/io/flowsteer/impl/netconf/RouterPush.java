/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.RpcError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One attempt to bring a router to the wanted state over an open session, choosing the commit procedure from the
 * router's capabilities (RFC 6241 section 8):
 * <ul>
 *   <li>{@code :candidate}: lock the candidate (section 7.5), edit-config to it, {@code <validate>} when
 *       {@code :validate} is offered (8.6), commit, read running back and compare, unlock. With
 *       {@code :confirmed-commit:1.1} (8.4) the commit is a confirmed commit with the configured confirm-timeout,
 *       confirmed by a second {@code <commit/>} only when the read-back matches and withdrawn with
 *       {@code <cancel-commit/>} when it does not; if the session drops in between, the router rolls it back by
 *       itself. An rpc-error discards the candidate's changes.</li>
 *   <li>otherwise: lock running, edit-config to running with {@code rollback-on-error} when offered (8.5), read
 *       back and compare, unlock.</li>
 * </ul>
 * The edit is the smallest one ({@link RouterEdit#between}) from a fresh get-config of running, or from the state
 * the last push on the same session ended with; nothing is sent when the router already holds the wanted state. The
 * read-back after a small edit selects the edited entries and policies by key; after a larger one it is whole.
 */
final class RouterPush {
    /**
     * The largest edit, in entries and policies, read back by key instead of whole: a key filter of this size costs
     * the router little more than the edit itself, while a whole read of a large table costs seconds on both sides.
     */
    static final int SELECTIVE_READ_BACK_LIMIT = 100;

    /**
     * What a push attempt ended with, and the read-back differences to report.
     *
     * @param result the push result
     * @param differences lines describing where the read-back differs from the wanted state
     */
    record Report(PushResult result, List<String> differences) {
        Report {
            requireNonNull(result);
            differences = List.copyOf(differences);
        }
    }

    private static final String CANDIDATE = "candidate";
    private static final String RUNNING = "running";

    private final DeviceDriver driver;
    private final NetconfRpcs rpcs;
    private final Duration confirmTimeout;
    private final Clock clock;

    RouterPush(final DeviceDriver driver, final NetconfRpcs rpcs, final Duration confirmTimeout, final Clock clock) {
        this.driver = requireNonNull(driver);
        this.rpcs = requireNonNull(rpcs);
        this.confirmTimeout = requireNonNull(confirmTimeout);
        this.clock = requireNonNull(clock);
    }

    /**
     * Pushes {@code wanted} over {@code channel} to a router that announced {@code capabilities}, starting from a
     * fresh get-config of running.
     *
     * @param channel the open session
     * @param capabilities the router's hello capabilities
     * @param wanted what the router should hold
     * @return the outcome: IN_SYNC, APPLIED, READ_BACK_DIFFERS or REFUSED
     * @throws RouterSession.TransportFailure when the session breaks or a get-config is refused
     * @throws InterruptedException when interrupted
     */
    Report push(final NetconfChannel channel, final Set<String> capabilities, final RouterTables wanted)
            throws RouterSession.TransportFailure, InterruptedException {
        return push(channel, capabilities, wanted, null);
    }

    /**
     * Pushes {@code wanted} to a router whose last push on this session ended with a read-back showing it holds
     * {@code readBack}: the edit is computed from that state instead of a fresh get-config, so a change of a few
     * entries costs one small get-config of those entries (the read-back), not a read of the whole table. When
     * {@code wanted} equals {@code readBack}, running is read afresh as by {@link #push(NetconfChannel, Set,
     * RouterTables)}, so IN_SYNC always rests on a read made by this push. A change made on the router by someone
     * else since that state was read shows only in a whole read; the caller decides how old a state it trusts.
     *
     * @param channel the open session
     * @param capabilities the router's hello capabilities
     * @param wanted what the router should hold
     * @param readBack what the last push's read-back on this session found, or null to read running first
     * @return the outcome: IN_SYNC, APPLIED, READ_BACK_DIFFERS or REFUSED
     * @throws RouterSession.TransportFailure when the session breaks or a get-config is refused
     * @throws InterruptedException when interrupted
     */
    Report push(final NetconfChannel channel, final Set<String> capabilities, final RouterTables wanted,
            final @Nullable RouterTables readBack) throws RouterSession.TransportFailure, InterruptedException {
        final Instant start = clock.instant();
        if (readBack != null) {
            final RouterEdit edit = RouterEdit.between(readBack, wanted);
            if (!edit.isEmpty()) {
                return send(channel, capabilities, wanted, readBack, edit, start);
            }
        }
        final RouterTables current = read(channel);
        final RouterEdit edit = RouterEdit.between(current, wanted);
        if (edit.isEmpty()) {
            return report(Outcome.IN_SYNC, start, 0, List.of(), List.of());
        }
        return send(channel, capabilities, wanted, current, edit, start);
    }

    private Report send(final NetconfChannel channel, final Set<String> capabilities, final RouterTables wanted,
            final RouterTables current, final RouterEdit edit, final Instant start)
            throws RouterSession.TransportFailure, InterruptedException {
        final Element config;
        try {
            config = driver.editConfig(rpcs.simple("unused"), current, edit);
        } catch (IllegalArgumentException e) {
            // the wanted state has something the router's model cannot express: nothing is sent
            final Instant end = clock.instant();
            return new Report(new PushResult(Outcome.REFUSED, end, Duration.between(start, end), edit.size(),
                List.of(), "not sent, driver " + driver.name() + " cannot express it: " + e.getMessage()),
                List.of());
        }
        if (capabilities.contains(NetconfRpcs.CANDIDATE)) {
            return viaCandidate(channel, capabilities, wanted,
                new EditRequest(rpcs.editConfig(CANDIDATE, config, false)), start, edit);
        }
        return viaRunning(channel, wanted, new EditRequest(rpcs.editConfig(RUNNING, config,
            capabilities.contains(NetconfRpcs.ROLLBACK_ON_ERROR))), start, edit);
    }

    private Report viaCandidate(final NetconfChannel channel, final Set<String> capabilities,
            final RouterTables wanted, final EditRequest request, final Instant start, final RouterEdit edit)
            throws RouterSession.TransportFailure, InterruptedException {
        final int changes = edit.size();
        return underLock(channel, CANDIDATE, start, changes, () -> {
            List<RpcError> errors = call(channel, request.take());
            if (errors.isEmpty() && (capabilities.contains(NetconfRpcs.VALIDATE)
                    || capabilities.contains(NetconfRpcs.VALIDATE_10))) {
                errors = call(channel, rpcs.validate(CANDIDATE));
            }
            final boolean confirmed = capabilities.contains(NetconfRpcs.CONFIRMED_COMMIT);
            if (errors.isEmpty()) {
                errors = call(channel, confirmed ? rpcs.confirmedCommit(confirmTimeout.getSeconds())
                    : rpcs.simple("commit"));
            }
            if (!errors.isEmpty()) {
                call(channel, rpcs.simple("discard-changes"));
                return report(Outcome.REFUSED, start, changes, errors, List.of());
            }
            final List<String> diff = differencesAfter(channel, wanted, edit);
            if (confirmed) {
                if (!diff.isEmpty()) {
                    // running goes back to what it was before this push; the next attempt starts from there
                    call(channel, rpcs.simple("cancel-commit"));
                    return report(Outcome.READ_BACK_DIFFERS, start, changes, List.of(), diff);
                }
                final List<RpcError> confirmErrors = call(channel, rpcs.simple("commit"));
                if (!confirmErrors.isEmpty()) {
                    return report(Outcome.REFUSED, start, changes, confirmErrors, List.of());
                }
            }
            return readBack(diff, start, changes);
        });
    }

    private Report viaRunning(final NetconfChannel channel, final RouterTables wanted, final EditRequest request,
            final Instant start, final RouterEdit edit) throws RouterSession.TransportFailure, InterruptedException {
        final int changes = edit.size();
        return underLock(channel, RUNNING, start, changes, () -> {
            final List<RpcError> errors = call(channel, request.take());
            if (!errors.isEmpty()) {
                return report(Outcome.REFUSED, start, changes, errors, List.of());
            }
            return readBack(differencesAfter(channel, wanted, edit), start, changes);
        });
    }

    /**
     * The edit-config request of one push, given out once. Once it is sent nothing holds it, so that a large request
     * (a whole 10,000-entry table) is garbage while the router's replies and the read-back are read.
     */
    private static final class EditRequest {
        private @Nullable Document request;

        EditRequest(final Document request) {
            this.request = request;
        }

        Document take() {
            final Document taken = requireNonNull(request, "the edit-config request is sent once");
            request = null;
            return taken;
        }
    }

    /**
     * The steps of a push that run while a datastore is locked (RFC 6241 section 7.5).
     */
    @FunctionalInterface
    private interface LockedSteps {
        Report run() throws RouterSession.TransportFailure, InterruptedException;
    }

    /**
     * Runs the steps with the datastore locked, and unlocks it after them; a lock the router refuses is the push's
     * refusal.
     */
    private Report underLock(final NetconfChannel channel, final String datastore, final Instant start,
            final int changes, final LockedSteps steps) throws RouterSession.TransportFailure, InterruptedException {
        final List<RpcError> lockErrors = call(channel, rpcs.lock(datastore));
        if (!lockErrors.isEmpty()) {
            return report(Outcome.REFUSED, start, changes, lockErrors, List.of());
        }
        try {
            return steps.run();
        } finally {
            // an unlock the router refuses changes nothing that was pushed; a session that closes releases its locks
            call(channel, rpcs.unlock(datastore));
        }
    }

    private Report readBack(final List<String> differences, final Instant start, final int changes) {
        return report(differences.isEmpty() ? Outcome.APPLIED : Outcome.READ_BACK_DIFFERS, start, changes, List.of(),
            differences);
    }

    /**
     * What differs, after {@code edit} was sent, between the router and {@code wanted}. An edit of at most
     * {@link #SELECTIVE_READ_BACK_LIMIT} entries and policies is read back by key when the driver can select them:
     * everything else on the router was read before this push or at the end of the last one on this session, and the
     * edit, sent under a lock, touches nothing else. A larger edit, or a driver that cannot select by key, reads
     * back the whole configuration.
     */
    private List<String> differencesAfter(final NetconfChannel channel, final RouterTables wanted,
            final RouterEdit edit) throws RouterSession.TransportFailure, InterruptedException {
        if (edit.size() <= SELECTIVE_READ_BACK_LIMIT) {
            final Document owner = rpcs.simple("unused");
            final Optional<List<Element>> selected = driver.editedFilters(owner, edit);
            if (selected.isPresent()) {
                return RouterEdit.between(edit.selectFrom(read(channel, owner, selected.orElseThrow())),
                    edit.selectFrom(wanted)).describe();
            }
        }
        return RouterEdit.between(read(channel), wanted).describe();
    }

    private RouterTables read(final NetconfChannel channel)
            throws RouterSession.TransportFailure, InterruptedException {
        final Document owner = rpcs.simple("unused");
        return read(channel, owner, driver.configFilters(owner));
    }

    private RouterTables read(final NetconfChannel channel, final Document owner, final List<Element> filters)
            throws RouterSession.TransportFailure, InterruptedException {
        Element merged = null;
        for (Element filter : filters) {
            final var reply = channel.rpc(rpcs.getConfig(RUNNING, filter));
            final List<RpcError> errors = NetconfRpcs.errors(reply);
            if (!errors.isEmpty()) {
                throw new RouterSession.TransportFailure("get-config refused: " + errors, null);
            }
            final Element data = NetconfRpcs.data(reply);
            if (data == null) {
                continue;
            }
            if (filters.size() == 1) {
                merged = data;
            } else {
                // one <data> holding what every filter selected, as a single get-config with all roots would answer
                if (merged == null) {
                    merged = owner.createElementNS(data.getNamespaceURI(), data.getTagName());
                }
                for (Node child = data.getFirstChild(); child != null; child = child.getNextSibling()) {
                    merged.appendChild(owner.importNode(child, true));
                }
            }
        }
        return merged == null ? RouterTables.EMPTY : driver.read(merged);
    }

    private static List<RpcError> call(final NetconfChannel channel, final Document request)
            throws RouterSession.TransportFailure, InterruptedException {
        return NetconfRpcs.errors(channel.rpc(request));
    }

    private Report report(final Outcome outcome, final Instant start, final int changes, final List<RpcError> errors,
            final List<String> differences) {
        final Instant end = clock.instant();
        return new Report(new PushResult(outcome, end, Duration.between(start, end), changes, errors, null),
            differences);
    }
}
