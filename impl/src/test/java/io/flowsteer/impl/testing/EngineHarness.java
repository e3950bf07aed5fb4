/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.config.ConfigFeeds;
import io.flowsteer.impl.engine.BgpConfigs;
import io.flowsteer.impl.engine.EngineThread;
import io.flowsteer.impl.engine.EventPublisher;
import io.flowsteer.impl.engine.FlowsteerEngine;
import io.flowsteer.impl.order.RuleOrderKeeper;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusWriter;
import java.time.Clock;
import java.util.List;

/**
 * The engine wired as Blueprint wires it, on the in-memory MD-SAL broker with the real Netty speaker: the status
 * writer, the engine on its own thread, the configuration feeds and the order keeper. Closing it stops them in the
 * reverse order. {@link #withOrderKeeperLate} leaves the order keeper out until {@link #readStoredRules()}, as a
 * controller that reads many stored rules sees it: configuration feeds first, the rules some time later.
 */
public final class EngineHarness implements AutoCloseable {
    private final InMemoryMdsal mdsal = new InMemoryMdsal();
    private final StatusWriter writer;
    private final NettyBgpSouthbound bgp;
    private final EngineThread thread;
    private final FlowsteerEngine engine;
    private final ConfigFeeds feeds;
    private final RuleOrderKeeper keeper;
    private boolean keeperRegistered;

    /**
     * Starts everything.
     *
     * @param policy the speaker's reconnect timers
     * @param events where the engine publishes its events
     */
    public EngineHarness(final ReconnectPolicy policy, final EventPublisher events) {
        this(policy, events, true);
    }

    private EngineHarness(final ReconnectPolicy policy, final EventPublisher events, final boolean readRules) {
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
        bgp = new NettyBgpSouthbound(new ExtendedCommunityCodec(), policy, BgpConfigs.UNCONFIGURED);
        thread = new EngineThread();
        engine = new FlowsteerEngine(writer, new RuleResolver(), bgp, TestSecrets.opener(), events, Clock.systemUTC(),
            thread.executor());
        engine.start();
        feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(engine));
        feeds.register();
        keeper = new RuleOrderKeeper(mdsal.domDataBroker(), mdsal.serializer(), new RuleCompiler(), writer, engine);
        if (readRules) {
            readStoredRules();
        }
    }

    /**
     * Starts everything but the order keeper.
     *
     * @param policy the speaker's reconnect timers
     * @param events where the engine publishes its events
     * @return the harness, whose engine has read no rule yet
     */
    public static EngineHarness withOrderKeeperLate(final ReconnectPolicy policy, final EventPublisher events) {
        return new EngineHarness(policy, events, false);
    }

    /**
     * Registers the order keeper, which reads the stored rules and hands the engine their order.
     */
    public void readStoredRules() {
        if (!keeperRegistered) {
            keeperRegistered = true;
            keeper.register();
        }
    }

    public InMemoryMdsal mdsal() {
        return mdsal;
    }

    public NettyBgpSouthbound bgp() {
        return bgp;
    }

    public FlowsteerEngine engine() {
        return engine;
    }

    @Override
    public void close() throws Exception {
        keeper.close();
        feeds.close();
        engine.close();
        thread.close();
        bgp.close();
        writer.close();
    }
}
