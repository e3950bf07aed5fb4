/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.MoreExecutors;
import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import io.flowsteer.api.spi.netconf.RouterTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.netconf.client.NetconfClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NETCONF southbound: one session per router (RFC 6241 over SSH, RFC 6242), each router's work serialized on
 * its own lane over a shared bounded worker pool, so routers are pushed in parallel. A push reads the router's
 * table and SR Policies (get-config), sends the smallest edit-config under a lock, commits it and reads back
 * ({@link RouterPush}: candidate, validate and confirmed commit where offered, RFC 6241 sections 8.3, 8.4 and 8.6;
 * else running with rollback-on-error, section 8.5). After a push that ended applied or in sync, the next push on the
 * same session starts from what that push left instead of a get-config, for up to {@link #WHOLE_READ_INTERVAL} after
 * the last whole read. Failures keep the wanted state and retry with exponential backoff; a retry and a reconnect
 * always start with a whole read and reconcile.
 */
public final class NetconfRouterManager implements NetconfSouthbound {
    private static final Logger LOG = LoggerFactory.getLogger(NetconfRouterManager.class);
    /**
     * How long a push may start from what the last push on the session left, instead of reading the router's whole
     * configuration first; a change made on the router by someone else shows at the latest in the first push after.
     */
    static final Duration WHOLE_READ_INTERVAL = Duration.ofMinutes(5);

    private final NetconfClientFactory clientFactory;
    private final Map<String, DeviceDriver> drivers;
    private final RouterStatusListener listener;
    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final NetconfSettings settings;
    private final Clock clock;
    private final Map<String, Router> routers = new ConcurrentHashMap<>();

    /**
     * A southbound over the given parts.
     *
     * @param clientFactory netconf-client factory (SSH)
     * @param drivers device drivers, by name
     * @param listener receives status changes
     * @param workers bounded pool running the router lanes; its size bounds parallel pushes
     * @param scheduler schedules retries
     * @param settings timeouts and backoff
     * @param clock time source of status records
     */
    public NetconfRouterManager(final NetconfClientFactory clientFactory, final List<DeviceDriver> drivers,
            final RouterStatusListener listener, final Executor workers, final ScheduledExecutorService scheduler,
            final NetconfSettings settings, final Clock clock) {
        this.clientFactory = requireNonNull(clientFactory);
        this.drivers = drivers.stream().collect(Collectors.toUnmodifiableMap(
            DeviceDriver::name, driver -> driver));
        this.listener = requireNonNull(listener);
        this.workers = requireNonNull(workers);
        this.scheduler = requireNonNull(scheduler);
        this.settings = requireNonNull(settings);
        this.clock = requireNonNull(clock);
    }

    @Override
    public void setWanted(final RouterEndpoint endpoint, final RouterTables wanted) {
        final DeviceDriver driver = drivers.get(endpoint.driver());
        if (driver == null) {
            throw new IllegalArgumentException("no NETCONF driver named " + endpoint.driver());
        }
        final Router existing = routers.get(endpoint.name());
        if (existing != null && !existing.endpoint.equals(endpoint)) {
            routers.remove(endpoint.name());
            existing.lane.execute(existing::close);
        }
        final DeviceDriver bound = driver.forRouter(endpoint);
        final Router router = routers.computeIfAbsent(endpoint.name(), name -> new Router(endpoint, bound));
        router.lane.execute(() -> router.want(wanted));
    }

    @Override
    public void remove(final String router) {
        final Router removed = routers.remove(router);
        if (removed != null) {
            removed.lane.execute(removed::close);
        }
    }

    @Override
    public void close() {
        routers.keySet().forEach(this::remove);
    }

    /**
     * One managed router. All fields but {@code lane} and {@code endpoint} are touched only from the lane.
     */
    private final class Router {
        final RouterEndpoint endpoint;
        final Executor lane;
        final RouterPush pusher;

        private @Nullable RouterTables wanted;
        private @Nullable RouterSession session;
        /**
         * What the router holds after the last push on {@link #session}, when that push ended applied or in sync;
         * null when there is none, after any other outcome and when the session is dropped. The next push computes
         * its edit from it instead of reading running first, as long as {@link #wholeReadAt} is recent.
         */
        private @Nullable RouterTables readBack;
        /** When a push on this session last began with a read of the router's whole configuration. */
        private Instant wholeReadAt = Instant.MIN;
        private @Nullable ScheduledFuture<?> retry;
        private NetconfSessionState state = NetconfSessionState.CONNECTING;
        private Instant since;
        private Set<String> capabilities = Set.of();
        private @Nullable PushResult lastPush;
        private List<String> differences = List.of();
        private int failures;
        private boolean closed;
        private @Nullable String hostKey;
        private @Nullable HostKeyCheck hostKeyCheck;

        Router(final RouterEndpoint endpoint, final DeviceDriver driver) {
            this.endpoint = endpoint;
            pusher = new RouterPush(driver, new NetconfRpcs(), settings.confirmTimeout(), clock);
            lane = MoreExecutors.newSequentialExecutor(workers);
            since = clock.instant();
        }

        void want(final RouterTables table) {
            wanted = table;
            reconcile();
        }

        void reconcile() {
            final RouterTables target = wanted;
            if (closed || target == null) {
                return;
            }
            cancelRetry();
            try {
                final RouterSession current = connected();
                push(current, target);
            } catch (RouterSession.HostKeyMismatch e) {
                LOG.warn("Router {}: {}", endpoint.name(), e.getMessage());
                hostKey = e.presented();
                hostKeyCheck = HostKeyCheck.MISMATCHED;
                failed(new PushResult(Outcome.UNREACHABLE, clock.instant(), Duration.ZERO, 0, List.of(),
                    e.getMessage()), NetconfSessionState.DOWN);
            } catch (RouterSession.TransportFailure e) {
                LOG.debug("Router {} push failed", endpoint.name(), e);
                final HostKeyCheck check = e.hostKeyCheck();
                if (check != null) {
                    hostKey = e.hostKey();
                    hostKeyCheck = check;
                }
                dropSession();
                failed(new PushResult(Outcome.UNREACHABLE, clock.instant(), Duration.ZERO, 0, List.of(),
                    e.getMessage()), NetconfSessionState.DOWN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private RouterSession connected()
                throws RouterSession.TransportFailure, RouterSession.HostKeyMismatch, InterruptedException {
            final RouterSession existing = session;
            if (existing != null) {
                return existing;
            }
            if (state != NetconfSessionState.CONNECTING) {
                state = NetconfSessionState.CONNECTING;
                since = clock.instant();
                report();
            }
            final RouterSession opened = RouterSession.open(clientFactory, endpoint, settings.connectTimeout(),
                () -> execute(this::sessionDown));
            session = opened;
            capabilities = opened.capabilities();
            hostKey = opened.hostKeySha256();
            hostKeyCheck = opened.hostKeyCheck();
            state = NetconfSessionState.CONNECTED;
            since = clock.instant();
            report();
            return opened;
        }

        private void push(final RouterSession current, final RouterTables target)
                throws RouterSession.TransportFailure, InterruptedException {
            final Instant start = clock.instant();
            final RouterTables lastReadBack = Duration.between(wholeReadAt, start).compareTo(WHOLE_READ_INTERVAL) < 0
                ? readBack : null;
            readBack = null;
            if (lastReadBack == null) {
                wholeReadAt = start;
            }
            final RouterPush.Report report = pusher.push(request -> current.rpc(request, settings.rpcTimeout()),
                capabilities, target, lastReadBack);
            final PushResult result = report.result();
            if (result.outcome() == Outcome.APPLIED || result.outcome() == Outcome.IN_SYNC) {
                readBack = target;
                succeeded(result, report.differences());
            } else {
                differences = report.differences();
                failed(result, NetconfSessionState.CONNECTED);
            }
        }

        private void succeeded(final PushResult result, final List<String> diff) {
            failures = 0;
            lastPush = result;
            differences = diff;
            report();
        }

        private void failed(final PushResult result, final NetconfSessionState newState) {
            failures++;
            lastPush = result;
            if (state != newState) {
                state = newState;
                since = clock.instant();
            }
            report();
            scheduleRetry();
        }

        private void scheduleRetry() {
            cancelRetry();
            try {
                retry = scheduler.schedule(() -> execute(this::reconcile), settings.backoff(failures).toMillis(),
                    TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: no retry, scheduler is shut down", endpoint.name(), e);
            }
        }

        private void sessionDown() {
            if (closed || session == null) {
                return;
            }
            dropSession();
            state = NetconfSessionState.DOWN;
            since = clock.instant();
            failures++;
            report();
            scheduleRetry();
        }

        private void dropSession() {
            final RouterSession current = session;
            session = null;
            readBack = null;
            if (current != null) {
                current.close();
            }
        }

        private void cancelRetry() {
            final ScheduledFuture<?> pendingRetry = retry;
            retry = null;
            if (pendingRetry != null) {
                pendingRetry.cancel(false);
            }
        }

        private void execute(final Runnable task) {
            try {
                lane.execute(task);
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: worker pool is shut down", endpoint.name(), e);
            }
        }

        void close() {
            closed = true;
            cancelRetry();
            dropSession();
            state = NetconfSessionState.CLOSED;
            since = clock.instant();
            report();
        }

        private void report() {
            listener.onStatus(new RouterStatus(endpoint.name(), state, since, capabilities, lastPush, differences,
                failures, hostKey, hostKeyCheck));
        }
    }
}
