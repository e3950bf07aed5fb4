/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static io.flowsteer.api.spi.netconf.NetconfSessionState.CLOSED;
import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import io.flowsteer.api.spi.netconf.RouterTables;
import io.flowsteer.api.spi.netconf.RpcError;
import io.flowsteer.impl.cluster.ActiveOnly;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.config.ConfigFollower;
import io.flowsteer.impl.config.SecretOpener;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.ReasonLeaves;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HostKeyMismatch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushApplied;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushInSync;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PushRefused;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ReadBackDiffers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RouterUnreachable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf.SessionState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.NetconfBuilder;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the configuration datastore to the NETCONF southbound and the southbound to operational status. It listens
 * to {@code flowsteer-devices} {@code devices/device} (the {@code netconf} container and the {@code sr-policies}) and
 * to {@code flowsteer-indirection} {@code indirection-tables/router-table}, computes each NETCONF router's wanted state
 * (indirection-id table, draft-ietf-idr-flowspec-path-redirect section 2, and SR Policies, RFC 9256 section 2) and
 * hands it to {@link NetconfSouthbound#setWanted}; configuration changes apply live, and a router that loses its
 * {@code netconf} container is removed. It follows the configuration through the shared {@link ConfigFeeds} (one
 * listener per subtree for all of Flowsteer). Every {@link RouterStatus} is written to
 * {@code device-status/device/netconf} through the {@link StatusWriter}, kept for {@link #status(String)} and passed on
 * to listeners registered with {@link #registerListener(RouterStatusListener)}.
 *
 * <p>It manages routers only while this node is the active controller ({@link #active(boolean)}); one made by
 * {@link #standby(StatusWriter, NetconfSouthboundFactory, SecretOpener)} follows the configuration but opens no
 * NETCONF session until then.
 */
public final class NetconfDeviceBridge implements RouterStatusListener, ConfigFollower, ActiveOnly, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetconfDeviceBridge.class);

    private final StatusWriter statusWriter;
    private final NetconfSouthboundFactory southboundFactory;
    private final SecretOpener secrets;
    private final Set<RouterStatusListener> listeners = new CopyOnWriteArraySet<>();
    private final Map<String, RouterStatus> statuses = new ConcurrentHashMap<>();

    // guarded by this
    private final Map<String, Device> devices = new HashMap<>();
    private final Map<String, RouterTable> tables = new HashMap<>();
    private final Map<String, RouterEndpoint> endpoints = new HashMap<>();
    private final Map<String, RouterTables> wanted = new HashMap<>();
    private @Nullable NetconfSouthbound southbound;
    private boolean active;
    private boolean registered;

    /**
     * A bridge fed by the shared {@link ConfigFeeds}, active from {@link #register()} on.
     *
     * @param statusWriter writer of operational status
     * @param southboundFactory opens the southbound this bridge feeds and listens to
     * @param secrets opens the routers' passwords and private keys
     */
    public NetconfDeviceBridge(final @NonNull StatusWriter statusWriter,
            final @NonNull NetconfSouthboundFactory southboundFactory, final @NonNull SecretOpener secrets) {
        this(statusWriter, southboundFactory, secrets, true);
    }

    private NetconfDeviceBridge(final StatusWriter statusWriter, final NetconfSouthboundFactory southboundFactory,
            final SecretOpener secrets, final boolean active) {
        this.statusWriter = requireNonNull(statusWriter);
        this.southboundFactory = requireNonNull(southboundFactory);
        this.secrets = requireNonNull(secrets);
        this.active = active;
    }

    /**
     * A bridge on standby: it follows the configuration but opens no NETCONF session until
     * {@link #active(boolean)} makes this node the active controller.
     *
     * @param statusWriter writer of operational status
     * @param southboundFactory opens the southbound this bridge feeds and listens to
     * @param secrets opens the routers' passwords and private keys
     * @return the bridge, not registered
     */
    public static @NonNull NetconfDeviceBridge standby(final @NonNull StatusWriter statusWriter,
            final @NonNull NetconfSouthboundFactory southboundFactory, final @NonNull SecretOpener secrets) {
        return new NetconfDeviceBridge(statusWriter, southboundFactory, secrets, false);
    }

    /**
     * Opens the southbound when this node is the active controller. Blueprint calls this once constructed, before
     * the {@link ConfigFeeds} that feed it register.
     */
    public synchronized void register() {
        registered = true;
        if (active) {
            southbound = southboundFactory.open(this);
        }
        LOG.info("Flowsteer pushes indirection-id tables and SR Policies to NETCONF routers{}",
            active ? "" : " once this node is the active controller");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Becoming active: the southbound opens and every configured NETCONF router is handed its wanted state; each
     * is connected, read back and reconciled, so that only what the router lacks is pushed (nothing when the
     * previous active controller left it in sync), and its status is written. Going on standby: the southbound
     * closes with every NETCONF session, and nothing more is written; the configuration is still followed.
     */
    @Override
    public @NonNull CompletableFuture<Void> active(final boolean nowActive) {
        final NetconfSouthbound closing;
        synchronized (this) {
            if (active == nowActive) {
                return CompletableFuture.completedFuture(null);
            }
            active = nowActive;
            if (!registered) {
                return CompletableFuture.completedFuture(null);
            }
            if (nowActive) {
                southbound = southboundFactory.open(this);
                Set.copyOf(devices.keySet()).forEach(this::apply);
                LOG.info("NETCONF bridge manages {} routers: this node is the active controller", endpoints.size());
                return CompletableFuture.completedFuture(null);
            }
            closing = southbound;
            southbound = null;
            endpoints.clear();
            wanted.clear();
            statuses.clear();
        }
        if (closing != null) {
            closing.close();
        }
        LOG.info("NETCONF bridge closed its sessions: this node is on standby");
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Registers a listener for every router status from now on; it first receives the current status of each
     * managed router. Listeners are called from the routers' lanes: calls for one router arrive in order.
     *
     * @param listener the listener
     * @return closing it unregisters the listener
     */
    public @NonNull Registration registerListener(final @NonNull RouterStatusListener listener) {
        listeners.add(requireNonNull(listener));
        statuses.values().forEach(listener::onStatus);
        return () -> listeners.remove(listener);
    }

    /**
     * The last status of a managed router.
     *
     * @param device router name
     * @return its status, or null when it is not managed over NETCONF or has not reported yet
     */
    public @Nullable RouterStatus status(final @NonNull String device) {
        return statuses.get(device);
    }

    @Override
    public void onStatus(final RouterStatus status) {
        final String device = status.router();
        synchronized (this) {
            // a router no longer managed (or replaced after an endpoint change) reports CLOSED: not written
            if (endpoints.containsKey(device) && status.session() != CLOSED) {
                statuses.put(device, status);
                statusWriter.deviceNetconf(device, toNetconf(status));
            }
        }
        listeners.forEach(listener -> listener.onStatus(status));
    }

    @Override
    public synchronized void onDevice(final @NonNull String name, final @Nullable Device device) {
        if (device == null) {
            devices.remove(name);
        } else {
            devices.put(name, device);
        }
        apply(name);
    }

    @Override
    public synchronized void onIndirectionTable(final @NonNull String name, final @Nullable RouterTable table) {
        if (table == null) {
            tables.remove(name);
        } else {
            tables.put(name, table);
        }
        apply(name);
    }

    private synchronized void apply(final String name) {
        final NetconfSouthbound current = southbound;
        if (current == null) {
            return;
        }
        final Device device = devices.get(name);
        final var netconf = device == null ? null : device.getNetconf();
        if (netconf == null) {
            unmanage(current, name);
            return;
        }
        final RouterEndpoint endpoint;
        final RouterTables state;
        try {
            endpoint = WantedStateTranslator.endpoint(name, netconf, secrets);
            final IndirectionTable table = WantedStateTranslator.table(tables.get(name));
            state = RouterTables.of(table, WantedStateTranslator.srPolicies(name, device.getSrPolicies()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Router {} is not managed over NETCONF: {}", name, e.getMessage());
            unmanage(current, name);
            return;
        }
        if (endpoint.equals(endpoints.get(name)) && state.equals(wanted.get(name))) {
            return;
        }
        endpoints.put(name, endpoint);
        wanted.put(name, state);
        try {
            current.setWanted(endpoint, state);
        } catch (IllegalArgumentException e) {
            LOG.warn("Router {} is not managed over NETCONF: {}", name, e.getMessage());
            unmanage(current, name);
        }
    }

    private synchronized void unmanage(final NetconfSouthbound current, final String name) {
        if (endpoints.remove(name) != null) {
            wanted.remove(name);
            statuses.remove(name);
            current.remove(name);
            statusWriter.deviceRemoved(name, Netconf.class);
        }
    }

    private static Netconf toNetconf(final RouterStatus status) {
        final NetconfBuilder builder = new NetconfBuilder()
            .setSessionState(switch (status.session()) {
                case CONNECTING -> SessionState.Connecting;
                case CONNECTED -> SessionState.Connected;
                case DOWN -> SessionState.Failed;
                case CLOSED -> SessionState.Disconnected;
            });
        if (!status.capabilities().isEmpty()) {
            builder.setCapability(status.capabilities());
        }
        final PushResult push = status.lastPush();
        if (push != null) {
            final Reason reason = pushReason(push, status.hostKeyCheck());
            builder.setLastPushResult(reason.sentence()).setReasonCode(reason.code())
                .setReasonArgument(ReasonLeaves.arguments(reason)).setLastPushTime(StatusPaths.dateAndTime(push.at()));
            if (push.outcome() != Outcome.REFUSED && push.outcome() != Outcome.UNREACHABLE) {
                builder.setLastPushChanges(Uint32.valueOf(push.changes()));
            }
        }
        if (!status.readBackDifferences().isEmpty()) {
            builder.setReadBackDifference(Set.copyOf(status.readBackDifferences()));
        }
        builder.setHostKeySha256(status.hostKeySha256());
        final HostKeyCheck check = status.hostKeyCheck();
        if (check != null) {
            builder.setHostKeyCheck(switch (check) {
                case NOT_PINNED -> Netconf.HostKeyCheck.NotPinned;
                case MATCHED -> Netconf.HostKeyCheck.Matched;
                case MISMATCHED -> Netconf.HostKeyCheck.Mismatched;
            });
        }
        return builder.build();
    }

    /**
     * The {@code last-push-result} with its code: the sentence of {@link #describe(PushResult)}; a push refused
     * names the first rpc-error's tag (RFC 6241 section 4.3), a connection refused for its host key the code
     * {@code host-key-mismatch} (RFC 4253 section 8).
     *
     * @param push a push result
     * @param hostKeyCheck the outcome of the host key check on the same attempt, or null
     * @return the reason
     */
    public static @NonNull Reason pushReason(final @NonNull PushResult push,
            final @Nullable HostKeyCheck hostKeyCheck) {
        final String sentence = describe(push);
        return switch (push.outcome()) {
            case APPLIED -> Reason.of(PushApplied.VALUE, sentence);
            case IN_SYNC -> Reason.of(PushInSync.VALUE, sentence);
            case READ_BACK_DIFFERS -> Reason.of(ReadBackDiffers.VALUE, sentence);
            case UNREACHABLE -> Reason.of(hostKeyCheck == HostKeyCheck.MISMATCHED ? HostKeyMismatch.VALUE
                : RouterUnreachable.VALUE, sentence);
            case REFUSED -> push.errors().isEmpty() ? Reason.of(PushRefused.VALUE, sentence)
                : Reason.of(PushRefused.VALUE, sentence).with("error-tag", push.errors().get(0).tag());
        };
    }

    /**
     * The {@code last-push-result} text: "ok", or the rpc-error's tag and message, or what else went wrong.
     *
     * @param push a push result
     * @return its text
     */
    public static @NonNull String describe(final @NonNull PushResult push) {
        return switch (push.outcome()) {
            case APPLIED, IN_SYNC -> "ok";
            case READ_BACK_DIFFERS -> "read-back differs";
            case UNREACHABLE -> "unreachable: " + push.failure();
            case REFUSED -> push.errors().isEmpty() ? push.failure() == null ? "refused" : "refused: " + push.failure()
                : push.errors().stream().map(NetconfDeviceBridge::describe).collect(Collectors.joining("; "));
        };
    }

    private static String describe(final RpcError error) {
        final String message = error.message();
        return message == null ? error.tag() : error.tag() + ": " + message;
    }

    @Override
    public void close() {
        final NetconfSouthbound current;
        final Set<String> managed;
        synchronized (this) {
            current = southbound;
            southbound = null;
            managed = Set.copyOf(endpoints.keySet());
            endpoints.clear();
            wanted.clear();
            statuses.clear();
        }
        if (current != null) {
            current.close();
        }
        managed.forEach(name -> statusWriter.deviceRemoved(name, Netconf.class));
    }
}
