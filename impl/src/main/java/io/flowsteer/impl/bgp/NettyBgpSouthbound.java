/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.UpdateMessageCodec;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.spi.AdjRibOutChange;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.cluster.ActiveOnly;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.Future;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty BGP flowspec speaker. All sessions, timers and Adj-RIBs-Out live on one event loop, so the state
 * machines need no locks; the public methods hand their work to that loop and return. Listener callbacks run as
 * separate tasks on the same loop, in order, so a failing listener is logged by Netty and affects nothing else.
 *
 * <p>It talks to routers only while this node is the active controller ({@link #active(boolean)}); a new speaker
 * is active, {@link io.flowsteer.impl.engine.SpeakerFactory} puts the distribution's on standby first.
 */
public final class NettyBgpSouthbound implements BgpSouthbound, ActiveOnly {
    /** Why a peer has no session on a standby controller, as its status says. */
    static final String STANDBY = "this node is on standby: the active controller talks to the routers";
    private static final Logger LOG = LoggerFactory.getLogger(NettyBgpSouthbound.class);
    private static final long LOOP_WAIT_SECONDS = 10;

    private final SpeakerTransport transport = SpeakerTransport.best();
    private final EventLoopGroup group = transport.newGroup();
    private final EventLoop loop = group.next();
    private final Map<InetAddress, BgpPeer> peers = new ConcurrentHashMap<>();
    private final List<BgpPeerListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Fsv2ActionContainerCodec fsv2ActionCodec;
    private volatile RedirectGroupCodec redirectGroupCodec;
    private volatile BgpMessageCodec messageCodec;
    private volatile UpdateMessageEncoder updateEncoder;
    private final ReconnectPolicy policy;
    private final Clock clock = Clock.systemUTC();
    private final int maxNlrisPerUpdate;
    private volatile SpeakerConfig speakerConfig;
    // Touched on the loop only.
    private boolean active = true;
    private final PassiveListener passive = new PassiveListener(group, loop, transport.serverChannel(), this::accept,
        this::protectListener);

    /**
     * A speaker packing at most {@link UpdateMessageEncoder#DEFAULT_MAX_NLRIS_PER_UPDATE} NLRIs into one UPDATE,
     * encoding and decoding with the code points of the initial configuration until
     * {@link #configure(SpeakerConfig)} changes them; nothing connects until {@link #configure(SpeakerConfig)} and
     * {@link #putPeer(PeerConfig)}.
     *
     * @param policy reconnect and connect timers
     * @param initial the initial speaker configuration
     */
    public NettyBgpSouthbound(final @NonNull ReconnectPolicy policy, final @NonNull SpeakerConfig initial) {
        this(policy, initial, UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);
    }

    /**
     * A speaker packing at most {@link UpdateMessageEncoder#DEFAULT_MAX_NLRIS_PER_UPDATE} NLRIs into one UPDATE;
     * nothing connects until {@link #configure(SpeakerConfig)} and {@link #putPeer(PeerConfig)}.
     *
     * @param communityCodec the extended community codec: its code points replace the initial configuration's
     *        extended community code points
     * @param policy reconnect and connect timers
     * @param initial the initial speaker configuration
     */
    public NettyBgpSouthbound(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull ReconnectPolicy policy, final @NonNull SpeakerConfig initial) {
        this(communityCodec, policy, initial, UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);
    }

    /**
     * A speaker packing at most the given number of NLRIs with equal attributes into one UPDATE (and never more
     * than fit the negotiated message size); nothing connects until {@link #configure(SpeakerConfig)} and
     * {@link #putPeer(PeerConfig)}.
     *
     * @param communityCodec the extended community codec: its code points replace the initial configuration's
     *        extended community code points
     * @param policy reconnect and connect timers
     * @param initial the initial speaker configuration
     * @param maxNlrisPerUpdate the most NLRIs per UPDATE, at least 1; {@link Integer#MAX_VALUE} packs by message
     *        size only
     * @throws IllegalArgumentException if the codec's code points collide with the initial configuration's
     */
    public NettyBgpSouthbound(final @NonNull ExtendedCommunityCodec communityCodec,
            final @NonNull ReconnectPolicy policy, final @NonNull SpeakerConfig initial,
            final int maxNlrisPerUpdate) {
        this(policy, withExtendedCommunities(initial, communityCodec.codePoints()), maxNlrisPerUpdate);
    }

    /**
     * A speaker packing at most the given number of NLRIs with equal attributes into one UPDATE (and never more
     * than fit the negotiated message size), encoding and decoding with the code points of the initial
     * configuration until {@link #configure(SpeakerConfig)} changes them; nothing connects until
     * {@link #configure(SpeakerConfig)} and {@link #putPeer(PeerConfig)}.
     *
     * @param policy reconnect and connect timers
     * @param initial the initial speaker configuration
     * @param maxNlrisPerUpdate the most NLRIs per UPDATE, at least 1; {@link Integer#MAX_VALUE} packs by message
     *        size only
     */
    public NettyBgpSouthbound(final @NonNull ReconnectPolicy policy, final @NonNull SpeakerConfig initial,
            final int maxNlrisPerUpdate) {
        this.maxNlrisPerUpdate = maxNlrisPerUpdate;
        this.policy = requireNonNull(policy);
        speakerConfig = requireNonNull(initial);
        useCodePoints(initial.codePoints());
        loop.execute(() -> {
            if (active) {
                passive.bind(initial.listenAddress());
            }
        });
    }

    private static SpeakerConfig withExtendedCommunities(final SpeakerConfig config,
            final ExtendedCommunityCodePoints extendedCommunities) {
        final TbdCodePoints codePoints = config.codePoints();
        return new SpeakerConfig(config.routerId(), config.localAs(), config.listenAddress(),
            new TbdCodePoints(codePoints.fsv2(), extendedCommunities, codePoints.redirectGroupCommunity(),
                codePoints.fsv2ActionCommunity(), codePoints.srSegmentListActionSubType()), config.gracefulRestart());
    }

    private void useCodePoints(final TbdCodePoints codePoints) {
        final ExtendedCommunityCodec communityCodec = codePoints.communityCodec();
        messageCodec = new BgpMessageCodec(new UpdateMessageCodec(communityCodec, codePoints.fsv2()));
        updateEncoder = new UpdateMessageEncoder(communityCodec, codePoints.fsv2(), maxNlrisPerUpdate);
        fsv2ActionCodec = codePoints.fsv2ActionCodec();
        redirectGroupCodec = codePoints.redirectGroupCodec();
    }

    BgpMessageCodec messageCodec() {
        return messageCodec;
    }

    UpdateMessageEncoder updateEncoder() {
        return updateEncoder;
    }

    Fsv2ActionContainerCodec fsv2ActionCodec() {
        return fsv2ActionCodec;
    }

    RedirectGroupCodec redirectGroupCodec() {
        return redirectGroupCodec;
    }

    ReconnectPolicy policy() {
        return policy;
    }

    Clock clock() {
        return clock;
    }

    SpeakerConfig speakerConfig() {
        return speakerConfig;
    }

    /** Whether this node is the active controller; on the loop only. */
    boolean active() {
        return active;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Going on standby: every session ends as when the controller stops (RFC 4724 section 4.1: with graceful
     * restart enabled, without a NOTIFICATION, so that routers in helper mode keep the routes, stale, until the next
     * active controller sends them again), the passive listener closes, and no peer connects or is accepted. The
     * peers stay, with the routes the engine wants each router to have. Becoming active: the listener opens on the
     * configured address and every peer starts; each session's OPEN sets the Restart State bit, and the whole
     * Adj-RIB-Out is sent before End-of-RIB, so a router drops only the stale routes not sent again.
     */
    @Override
    public @NonNull CompletableFuture<Void> active(final boolean nowActive) {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            if (active != nowActive) {
                active = nowActive;
                if (nowActive) {
                    LOG.info("BGP speaker starts its {} peers: this node is the active controller", peers.size());
                    passive.bind(speakerConfig.listenAddress());
                    peers.values().forEach(BgpPeer::activate);
                } else {
                    stopSessions("this node goes on standby");
                    peers.values().forEach(BgpPeer::start);
                    passive.bind(null);
                }
            }
            done.complete(null);
        });
        return done;
    }

    /**
     * Ends every session as a stopping controller does: as a Restarting Speaker (RFC 4724 section 4.1) without a
     * NOTIFICATION while graceful restart is enabled, else with Cease, Administrative Shutdown.
     */
    private void stopSessions(final String why) {
        if (speakerConfig.gracefulRestart().enabled()) {
            LOG.info("BGP speaker: {}; sessions close without a NOTIFICATION, so routers with graceful restart keep"
                + " Flowsteer's routes for {} s", why, speakerConfig.gracefulRestart().restartTime());
            peers.values().forEach(peer -> peer.stopForRestart(why));
        } else {
            peers.values().forEach(peer -> peer.stop(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, why));
        }
    }

    /**
     * The address the speaker accepts connections on, once bound.
     *
     * @return the bound address, or null
     */
    public @Nullable InetSocketAddress boundAddress() {
        return passive.boundAddress();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A change of identity or of the FSv2 code points (which change the capabilities) resets every session. A
     * change of only the community code points keeps the sessions: each established peer is sent its whole
     * Adj-RIB-Out again, encoded with the new code points, and asked for a ROUTE-REFRESH (RFC 2918) of every family
     * when it supports one, so that what it sent is decoded again with them. A change of graceful restart applies to
     * each peer's next session: resetting sessions for it would withdraw the routes it is meant to keep.
     */
    @Override
    public void configure(final SpeakerConfig config) {
        requireNonNull(config);
        loop.execute(() -> {
            final SpeakerConfig old = speakerConfig;
            speakerConfig = config;
            if (active && !Objects.equals(old.listenAddress(), config.listenAddress())) {
                passive.bind(config.listenAddress());
            }
            final boolean fsv2Changed = !old.fsv2().equals(config.fsv2());
            final boolean codePointsChanged = !old.codePoints().equals(config.codePoints());
            if (codePointsChanged) {
                useCodePoints(config.codePoints());
            }
            if (!old.routerId().equals(config.routerId()) || old.localAs() != config.localAs() || fsv2Changed) {
                peers.values().forEach(peer -> peer.resetSession("local speaker reconfigured"));
            } else if (codePointsChanged) {
                final boolean resend = !old.codePoints().extendedCommunities()
                    .equals(config.codePoints().extendedCommunities());
                LOG.info("Community code points changed to {}: {}asking every established peer for its routes",
                    config.codePoints(), resend ? "re-advertising to and " : "");
                peers.values().forEach(peer -> peer.routes().recode(resend));
            }
        });
    }

    private void accept(final SocketChannel ch) {
        final BgpPeer peer = peers.get(ch.remoteAddress().getAddress());
        if (peer == null) {
            LOG.info("Refusing a connection from {}: not a configured peer", ch.remoteAddress());
            ch.close();
            return;
        }
        final String refused = transport.refusal(peer.config(), null);
        if (refused != null) {
            LOG.info("Refusing a connection from {}: {}", ch.remoteAddress(), refused);
            ch.close();
            return;
        }
        if (!transport.applyTtlSecurity(ch, peer.config())) {
            LOG.warn("Refusing a connection from {}: its GTSM TTL could not be set", ch.remoteAddress());
            ch.close();
            return;
        }
        final BgpConnection connection = new BgpConnection(peer, true);
        connection.setChannel(ch);
        if (!peer.accept(connection)) {
            LOG.info("Refusing a connection from {}: a session exists", ch.remoteAddress());
            ch.pipeline().addLast(new BgpMessageEncoder());
            ch.writeAndFlush(new OutboundMessage.Control(NotificationMessage.of(NotificationMessage.CEASE,
                NotificationMessage.CONNECTION_COLLISION))).addListener(f -> ch.close());
            return;
        }
        ch.pipeline().addLast(new BgpMessageEncoder(), connection.newFrameDecoder(), connection);
    }

    Future<Void> connect(final EventLoop eventLoop, final PeerConfig config, final BgpConnection connection) {
        final Bootstrap bootstrap = new Bootstrap();
        final InetAddress configured = config.localAddress();
        final InetAddress source = configured != null ? configured
            : PassiveListener.sourceAddress(speakerConfig.listenAddress(), config.address());
        if (source != null) {
            bootstrap.localAddress(new InetSocketAddress(source, 0));
        }
        return transport.connect(eventLoop, bootstrap.group(eventLoop)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) policy.connectTimeout().toMillis())
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    connection.setChannel(ch);
                    ch.pipeline().addLast(new BgpMessageEncoder(), connection.newFrameDecoder(), connection);
                }
            }), config, new InetSocketAddress(config.address(), config.port()));
    }

    /**
     * Why a peer gets no session on this speaker's transport (a key it cannot sign with, GTSM it cannot set), else
     * otherwise.
     */
    @Nullable String refusal(final PeerConfig config, final @Nullable String otherwise) {
        return transport.refusal(config, otherwise);
    }

    private void protectListener() {
        transport.protectListener(passive.channel(), peers.values().stream().map(BgpPeer::config).toList());
    }

    @Override
    public void putPeer(final PeerConfig config) {
        requireNonNull(config);
        loop.execute(() -> {
            final BgpPeer existing = peers.get(config.address());
            if (existing != null) {
                existing.reconfigure(config);
            } else {
                final BgpPeer peer = new BgpPeer(this, loop, config);
                peers.put(config.address(), peer);
                peer.start();
            }
            protectListener();
        });
    }

    @Override
    public boolean removePeer(final InetAddress peer) {
        // On the loop, like putPeer: a peer put and removed at once must not survive its own removal.
        if (loop.inEventLoop()) {
            return removeOnLoop(peer);
        }
        try {
            return loop.submit(() -> removeOnLoop(peer)).get(LOOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Removing peer {} did not complete", peer, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean removeOnLoop(final InetAddress peer) {
        final BgpPeer gone = peers.remove(peer);
        if (gone != null) {
            gone.stop(NotificationMessage.PEER_DECONFIGURED, "peer removed");
            protectListener();
        }
        return gone != null;
    }

    @Override
    public void setAdjRibOut(final InetAddress peer, final Collection<FlowspecRoute> routes) {
        final List<FlowspecRoute> copy = List.copyOf(routes);
        onPeer(peer, target -> target.routes().setWanted(copy));
    }

    /**
     * {@inheritDoc} Completes once the event loop has written the UPDATEs to the session's channel and flushed it:
     * they are in the socket, or in the channel's outbound buffer while the socket is full. It does not wait for
     * the socket to take them, so that a router that stops reading cannot hold up the engine; its hold timer ends
     * such a session.
     */
    @Override
    public CompletionStage<Void> sendAdjRibOut(final InetAddress peer, final Collection<FlowspecRoute> routes) {
        final List<FlowspecRoute> copy = List.copyOf(routes);
        return onPeerSent(peer, target -> target.routes().setWanted(copy));
    }

    /**
     * {@inheritDoc} Completes as {@link #sendAdjRibOut} does.
     */
    @Override
    public CompletionStage<Void> changeAdjRibOut(final InetAddress peer, final AdjRibOutChange change) {
        return onPeerSent(peer, target -> target.routes().changeWanted(change.put(), change.withdrawn()));
    }

    /**
     * Runs work for a peer on the event loop; completes once it ran, and with it the writes and flushes it made.
     */
    private CompletionStage<Void> onPeerSent(final InetAddress peer, final Consumer<BgpPeer> work) {
        final CompletableFuture<Void> sent = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                final BgpPeer target = peers.get(peer);
                if (target == null) {
                    LOG.warn("Work for unknown peer {} ignored", peer);
                } else {
                    work.accept(target);
                }
            } finally {
                sent.complete(null);
            }
        });
        return sent;
    }

    @Override
    public void forgetRefused(final InetAddress peer) {
        onPeer(peer, target -> target.routes().forgetRefused());
    }

    private void onPeer(final InetAddress peer, final Consumer<BgpPeer> work) {
        loop.execute(() -> {
            final BgpPeer target = peers.get(peer);
            if (target == null) {
                LOG.warn("Work for unknown peer {} ignored", peer);
            } else {
                work.accept(target);
            }
        });
    }

    @Override
    public boolean requestRouteRefresh(final InetAddress peer, final BgpFamily family) {
        final Supplier<Boolean> request = () -> {
            final BgpPeer target = peers.get(peer);
            return target != null && target.routes().sendRouteRefresh(family);
        };
        if (loop.inEventLoop()) {
            // called from a listener: waiting for the loop would wait for ourselves
            return request.get();
        }
        try {
            return loop.submit(request::get).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Route refresh to {} failed", peer, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public List<UnicastRoute> receivedUnicast(final InetAddress peer) {
        return receivedUnicast(peer, Integer.MAX_VALUE);
    }

    @Override
    public List<UnicastRoute> receivedUnicast(final InetAddress peer, final int max) {
        return onLoop(() -> {
            final BgpPeer target = peers.get(peer);
            return target == null ? List.<UnicastRoute>of() : target.routes().receivedUnicast(max);
        });
    }

    @Override
    public List<ReceivedFlowspec> receivedFlowspec(final InetAddress peer) {
        return receivedFlowspec(peer, Integer.MAX_VALUE);
    }

    @Override
    public List<ReceivedFlowspec> receivedFlowspec(final InetAddress peer, final int max) {
        return onLoop(() -> {
            final BgpPeer target = peers.get(peer);
            if (target == null) {
                return List.<ReceivedFlowspec>of();
            }
            final List<FlowspecValidator.Unicast> unicast = new ArrayList<>();
            peers.values().forEach(p -> p.routes().collectUnicast(unicast));
            final List<ReceivedFlowspec> out = new ArrayList<>();
            final InetAddress from = target.config().address();
            final boolean external = target.config().peerAs() != speakerConfig().localAs();
            for (ReceivedFlowspec received : target.routes().receivedFlowspec(max)) {
                // the originator is ORIGINATOR_ID, else the peer (RFC 4456 section 8)
                final InetAddress originator = received.originatorId() != null ? received.originatorId() : from;
                out.add(new ReceivedFlowspec(received.route(), received.asPath(), received.originatorId(),
                    FlowspecValidator.validate(received.route().nlri(), received.asPath(), originator, external,
                        unicast)));
            }
            return List.copyOf(out);
        });
    }

    private <T> List<T> onLoop(final Supplier<List<T>> query) {
        if (loop.inEventLoop()) {
            // called from a listener: waiting for the loop would wait for ourselves
            return query.get();
        }
        try {
            return loop.submit(query::get).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("speaker did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public PeerStatus status(final InetAddress peer) {
        final BgpPeer target = peers.get(peer);
        return target == null ? null : target.status();
    }

    @Override
    public List<PeerStatus> statuses() {
        final List<PeerStatus> out = new ArrayList<>();
        peers.values().forEach(peer -> out.add(peer.status()));
        return out;
    }

    @Override
    public AutoCloseable registerListener(final BgpPeerListener listener) {
        requireNonNull(listener);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyAll(final Consumer<BgpPeerListener> call) {
        for (BgpPeerListener listener : listeners) {
            loop.execute(() -> call.accept(listener));
        }
    }

    void notifyStatus(final PeerStatus status) {
        notifyAll(listener -> listener.onStatus(status));
    }

    void notifyUnicast(final InetAddress peer, final List<UnicastRoute> announced,
            final List<UnicastRoute> withdrawn) {
        final List<UnicastRoute> a = List.copyOf(announced);
        final List<UnicastRoute> w = List.copyOf(withdrawn);
        notifyAll(listener -> listener.onUnicastRoutes(peer, a, w));
    }

    void notifyFlowspec(final InetAddress peer, final List<FlowspecRoute> announced,
            final List<Fsv1Nlri> withdrawn) {
        final List<FlowspecRoute> a = List.copyOf(announced);
        final List<Fsv1Nlri> w = List.copyOf(withdrawn);
        notifyAll(listener -> listener.onFlowspecRoutes(peer, a, w));
    }

    void notifyFsv2Withdrawn(final InetAddress peer, final List<Fsv2Nlri> withdrawn) {
        final List<Fsv2Nlri> w = List.copyOf(withdrawn);
        notifyAll(listener -> listener.onFsv2Withdrawn(peer, w));
    }

    void notifyEndOfRib(final InetAddress peer, final BgpFamily family) {
        notifyAll(listener -> listener.onEndOfRib(peer, family));
    }

    @Override
    public void close() {
        try {
            loop.submit(() -> {
                stopSessions("the controller is stopping");
                peers.clear();
                passive.bind(null);
            }).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Unclean speaker shutdown", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(100, 2000, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
