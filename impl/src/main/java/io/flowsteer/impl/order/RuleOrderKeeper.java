/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import io.flowsteer.impl.cluster.StatusSource;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.RuleError;
import io.flowsteer.impl.status.StatusHold;
import io.flowsteer.impl.status.StatusWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeChangeListener;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidate;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every configured rule compiled and all of them in their one installation order. On every change it
 * recompiles what changed, merges it into the order ({@link RuleOrder#with}) and queues, through the
 * {@link StatusWriter}, each changed rule's encodings, order key ({@link OrderKeys}) and state {@code pending}, and
 * the new key of every other rule whose key had to change to make room, which is rarely any. A rule that does not
 * compile (possible only if the commit cohort was bypassed) gets state {@code failed} and its errors.
 *
 * <p>It listens to the rules' data nodes, not to bindings of them, so that it can take the commit cohort's
 * compilation of the very node committed ({@link CurrentCompiler}) without decoding the rule.
 */
public final class RuleOrderKeeper implements DOMDataTreeChangeListener, StatusSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleOrderKeeper.class);

    private final @NonNull DOMDataBroker dataBroker;
    private final @NonNull BindingNormalizedNodeSerializer serializer;
    private final @NonNull CurrentCompiler compiler;
    private final @NonNull StatusWriter statusWriter;
    private final @NonNull OrderListener listener;
    private final Map<String, CompiledRule> compiled = new HashMap<>();
    /** Every configured rule as configured, compiled or not, so that all can be compiled again. */
    private final Map<String, Rule> configured = new HashMap<>();
    private final OrderKeys orderKeys = new OrderKeys();
    private RuleOrder order = RuleOrder.EMPTY;
    private @Nullable Registration registration;

    /**
     * Creates a keeper with a fixed compiler that tells nobody about new orders.
     *
     * @param dataBroker the DOM data broker
     * @param serializer the binding codec
     * @param compiler the rule compiler
     * @param statusWriter the status writer
     */
    public RuleOrderKeeper(final @NonNull DOMDataBroker dataBroker, final @NonNull BindingNormalizedNodeSerializer
            serializer, final @NonNull RuleCompiler compiler, final @NonNull StatusWriter statusWriter) {
        this(dataBroker, serializer, compiler, statusWriter, (ordered, changed, removed) -> { });
    }

    /**
     * Creates a keeper with a fixed compiler that tells a listener about every new order.
     *
     * @param dataBroker the DOM data broker
     * @param serializer the binding codec
     * @param compiler the rule compiler
     * @param statusWriter the status writer
     * @param listener told after each change
     */
    public RuleOrderKeeper(final @NonNull DOMDataBroker dataBroker, final @NonNull BindingNormalizedNodeSerializer
            serializer, final @NonNull RuleCompiler compiler, final @NonNull StatusWriter statusWriter,
            final @NonNull OrderListener listener) {
        this(dataBroker, serializer, new CurrentCompiler(compiler), statusWriter, listener);
    }

    /**
     * Creates a keeper that compiles with the compiler in use and tells a listener about every new order.
     *
     * @param dataBroker the DOM data broker
     * @param serializer the binding codec, to read rules that must be compiled
     * @param compiler the rule compiler in use; see {@link #recompileAll()}
     * @param statusWriter the status writer
     * @param listener told after each change
     */
    public RuleOrderKeeper(final @NonNull DOMDataBroker dataBroker, final @NonNull BindingNormalizedNodeSerializer
            serializer, final @NonNull CurrentCompiler compiler, final @NonNull StatusWriter statusWriter,
            final @NonNull OrderListener listener) {
        this.dataBroker = requireNonNull(dataBroker);
        this.serializer = requireNonNull(serializer);
        this.compiler = requireNonNull(compiler);
        this.statusWriter = requireNonNull(statusWriter);
        this.listener = requireNonNull(listener);
    }

    /**
     * Registers with the configuration datastore. Blueprint calls this once the keeper is constructed.
     *
     * @throws IllegalStateException if the data broker does not support data tree change listeners
     */
    public synchronized void register() {
        final var changes = dataBroker.extension(DOMDataBroker.DataTreeChangeExtension.class);
        if (changes == null) {
            throw new IllegalStateException("the data broker does not support data tree change listeners");
        }
        registration = changes.registerTreeChangeListener(DOMDataTreeIdentifier.of(
            LogicalDatastoreType.CONFIGURATION, serializer.toYangInstanceIdentifier(
                InstanceIdentifier.create(Flowspec.class)).node(Rule.QNAME)), this);
        LOG.info("Flowsteer keeps the installation order of flowspec rules");
    }

    /**
     * The current installation order.
     *
     * @return the order
     */
    public synchronized @NonNull RuleOrder order() {
        return order;
    }

    /**
     * No rule is stored: the engine is told so with an empty order, as it would be told of the stored rules, so that
     * it hands each router its (empty) Adj-RIB-Out and ends the sessions' initial update.
     */
    @Override
    public synchronized void onInitialData() {
        publish(Set.of(), Set.of(), StatusHold.NONE);
    }

    @Override
    public synchronized void onDataTreeChanged(final List<DataTreeCandidate> changes) {
        final StatusHold hold = statusWriter.hold();
        final Set<String> rendered = new HashSet<>();
        final Set<String> removed = new HashSet<>();
        for (DataTreeCandidate change : changes) {
            collect(change.getRootPath(), change.getRootNode(), rendered, removed);
        }
        publish(rendered, removed, hold);
    }

    /**
     * Walks a candidate rooted at the rules list (or at one rule) and takes in every rule written or deleted.
     */
    private void collect(final YangInstanceIdentifier path, final DataTreeCandidateNode node,
            final Set<String> rendered, final Set<String> removed) {
        if (!(node.name() instanceof NodeIdentifierWithPredicates)) {
            for (DataTreeCandidateNode child : node.childNodes()) {
                collect(path.node(child.name()), child, rendered, removed);
            }
            return;
        }
        if (node.modificationType() == ModificationType.UNMODIFIED) {
            return;
        }
        if (node.dataAfter() instanceof MapEntryNode after) {
            final Rule rule = rule(path, after);
            configured.put(rule.requireName(), rule);
            place(compiler.compileCommitted(after, rule), rendered, removed);
        } else if (node.dataBefore() instanceof MapEntryNode before) {
            final String name = rule(path, before).requireName();
            compiled.remove(name);
            configured.remove(name);
            rendered.remove(name);
            removed.add(name);
            statusWriter.ruleRemoved(name);
        }
    }

    /**
     * A rule's binding, decoded only as far as it is read.
     */
    private Rule rule(final YangInstanceIdentifier path, final MapEntryNode data) {
        final var binding = serializer.fromNormalizedNode(path, data);
        if (binding == null || !(binding.getValue() instanceof Rule rule)) {
            throw new IllegalStateException("not a flowspec rule: " + path);
        }
        return rule;
    }

    /**
     * Compiles every configured rule again with the compiler now in use, after the code points changed: each rule
     * whose encodings change is rendered again (its status shows the new hex) and reported to the listener as
     * changed, so that the routes sent for it change too; a rule that no longer compiles is refused and reported as
     * removed.
     */
    public synchronized void recompileAll() {
        final StatusHold hold = statusWriter.hold();
        final Set<String> rendered = new HashSet<>();
        final Set<String> removed = new HashSet<>();
        final RuleCompiler current = compiler.get();
        for (Rule rule : configured.values()) {
            final CompiledRule before = compiled.get(rule.requireName());
            place(current.compile(rule), rendered, removed);
            final CompiledRule after = compiled.get(rule.requireName());
            if (before != null && before.equals(after)) {
                rendered.remove(rule.requireName());
            }
        }
        LOG.info("Compiled the {} configured rules again with code points {}: {} changed, {} refused",
            configured.size(), current.codePoints(), rendered.size(), removed.size());
        publish(rendered, removed, hold);
    }

    /**
     * Queues every rule's status again, as if each had just been rendered or refused, without telling the listener
     * (nothing changed for it): when this node becomes the active controller, the status writer deleted what the
     * previous one left and the whole status is written again from this node's state.
     */
    @Override
    public synchronized void rewriteStatus() {
        final RuleCompiler current = compiler.get();
        for (Rule rule : configured.values()) {
            if (!compiled.containsKey(rule.requireName())
                    && current.compile(rule) instanceof Compilation.Refused refused) {
                statusWriter.ruleRefused(refused.ruleName(),
                    refused.errors().stream().map(RuleError::describe).toList());
            }
        }
        for (CompiledRule rule : order.rules()) {
            statusWriter.ruleRendered(rule.name(), rule.encoding(), orderKeys.keyOf(rule.name()));
        }
    }

    private void place(final Compilation compilation, final Set<String> rendered, final Set<String> removed) {
        if (compilation instanceof Compilation.Compiled ok) {
            compiled.put(ok.ruleName(), ok.rule());
            rendered.add(ok.ruleName());
            removed.remove(ok.ruleName());
        } else if (compilation instanceof Compilation.Refused refused) {
            compiled.remove(refused.ruleName());
            rendered.remove(refused.ruleName());
            removed.add(refused.ruleName());
            statusWriter.ruleRefused(refused.ruleName(),
                refused.errors().stream().map(RuleError::describe).toList());
        }
    }

    /**
     * Merges the changed rules into the order, queues their status and tells the listener, which releases the
     * writer's hold once it has queued the status it resolves for them.
     */
    private void publish(final Set<String> rendered, final Set<String> removed, final StatusHold hold) {
        final List<CompiledRule> changed = new ArrayList<>(rendered.size());
        for (String name : rendered) {
            final CompiledRule rule = compiled.get(name);
            if (rule != null) {
                changed.add(rule);
            }
        }
        final RuleOrder previous = order;
        order = previous.with(changed, removed);
        // no change keeps the order as it was, and with it where the change before placed its rules: none here
        final int[] placedAt = order == previous ? new int[0] : order.placed();
        final List<CompiledRule> rules = order.rules();
        final Map<String, Long> moved = orderKeys.assign(Lists.transform(rules, CompiledRule::name), placedAt,
            rendered, removed);
        final List<CompiledRule> placed = new ArrayList<>(placedAt.length);
        for (int at : placedAt) {
            final CompiledRule rule = rules.get(at);
            placed.add(rule);
            statusWriter.ruleRendered(rule.name(), rule.encoding(), orderKeys.keyOf(rule.name()));
        }
        moved.forEach(statusWriter::ruleMoved);
        listener.onOrder(rules, placed, removed, hold);
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }
}
