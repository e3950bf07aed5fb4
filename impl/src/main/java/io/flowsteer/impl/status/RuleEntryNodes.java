/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.spec.reflect.BindingReflections;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yangtools.yang.common.Ordering;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode.BuilderFactory;
import org.opendaylight.yangtools.yang.data.api.schema.builder.DataContainerNodeBuilder;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;

/**
 * A rule's entry in {@code flowsteer-status:flowspec-status/rule} as datastore nodes, built directly rather than
 * through the binding codec: the status writer builds one per rule it writes, and in a batch of new rules the codec's
 * conversion of each entry was half of the writer's time. The nodes are those the codec makes of the same entry
 * ({@code RuleEntryNodesTest} holds the two side by side); values carry the types RFC 7950 section 9 gives their
 * YANG types (a string for {@code hex-string}, enumerations and {@code date-and-time}, a {@link Uint64} for
 * {@code uint64}, a {@link QName} for an identityref).
 */
final class RuleEntryNodes {
    private static final QName RULE = Rule.QNAME;
    private static final QName NAME = child(RULE, "name");
    private static final QName NLRI = child(RULE, "nlri");
    private static final QName EXTENDED_COMMUNITY = child(RULE, "extended-community");
    private static final QName COMMUNITY_CONTAINER = child(RULE, "community-container");
    private static final QName VALIDATION_ERROR = child(RULE, "validation-error");
    private static final QName ORDER_KEY = child(RULE, "order-key");
    private static final QName STATE = child(RULE, "state");
    private static final QName LAST_CHANGE = child(RULE, "last-change");
    private static final QName ON_DEVICE = OnDevice.QNAME;
    private static final QName DEVICE_NAME = child(ON_DEVICE, "name");
    private static final QName DEVICE_STATE = child(ON_DEVICE, "state");
    private static final QName REASON = child(ON_DEVICE, "reason");
    private static final QName REASON_CODE = child(ON_DEVICE, "reason-code");
    private static final QName REASON_ARGUMENT = child(ON_DEVICE, "reason-argument");
    private static final QName ARGUMENT_NAME = child(REASON_ARGUMENT, "name");
    private static final QName ARGUMENT_VALUE = child(REASON_ARGUMENT, "value");
    private static final QName FURTHER_REASON_CODE = child(ON_DEVICE, "further-reason-code");
    private static final QName EFFECTIVE_ACTION = child(ON_DEVICE, "effective-action");
    private static final QName DEVICE_LAST_CHANGE = child(ON_DEVICE, "last-change");
    /** Builders told how many children they get, so that the lists they keep are no larger than needed. */
    private static final BuilderFactory BUILDERS = ImmutableNodes.builderFactory();
    private static final YangInstanceIdentifier RULES = YangInstanceIdentifier.of(
        NodeIdentifier.create(FlowspecStatus.QNAME), NodeIdentifier.create(RULE));

    private RuleEntryNodes() {
        // static only
    }

    /**
     * Where a rule's entry lives.
     *
     * @param ruleName the rule
     * @return its path
     */
    static @NonNull YangInstanceIdentifier rulePath(final @NonNull String ruleName) {
        return RULES.node(ruleKey(ruleName));
    }

    /**
     * Where one router's verdict on a rule lives.
     *
     * @param ruleName the rule
     * @param device the router
     * @return its path
     */
    static @NonNull YangInstanceIdentifier verdictPath(final @NonNull String ruleName, final @NonNull String device) {
        return rulePath(ruleName).node(ON_DEVICE).node(deviceKey(device));
    }

    /**
     * A rule's entry: its name and the leaves given, each left out when null.
     *
     * @param ruleName the rule
     * @param leaves the entry's leaves
     * @param lastChange its {@code last-change}, or null
     * @param verdicts its per-router verdicts, none for no {@code on-device} list
     * @return the entry
     */
    static @NonNull MapEntryNode rule(final @NonNull String ruleName, final @NonNull RuleLeaves leaves,
            final @Nullable Instant lastChange, final @NonNull Collection<Verdict> verdicts) {
        final var entry = ImmutableNodes.newMapEntryBuilder().withNodeIdentifier(ruleKey(ruleName))
            .withChild(ImmutableNodes.leafNode(NAME, ruleName));
        optional(entry, NLRI, leaves.nlri());
        final List<String> communities = leaves.extendedCommunities();
        if (communities != null && !communities.isEmpty()) {
            entry.withChild(leafList(EXTENDED_COMMUNITY, Ordering.USER, communities));
        }
        optional(entry, COMMUNITY_CONTAINER, leaves.communityContainer());
        final List<String> errors = leaves.validationErrors();
        if (errors != null && !errors.isEmpty()) {
            entry.withChild(leafList(VALIDATION_ERROR, Ordering.SYSTEM, errors));
        }
        final Long orderKey = leaves.orderKey();
        if (orderKey != null) {
            entry.withChild(ImmutableNodes.leafNode(ORDER_KEY, Uint64.valueOf(orderKey)));
        }
        final RuleState state = leaves.state();
        if (state != null) {
            entry.withChild(ImmutableNodes.leafNode(STATE, state.getName()));
        }
        if (lastChange != null) {
            entry.withChild(ImmutableNodes.leafNode(LAST_CHANGE, StatusPaths.dateAndTimeText(lastChange)));
        }
        if (!verdicts.isEmpty()) {
            final var list = BUILDERS.newSystemMapBuilder(verdicts.size())
                .withNodeIdentifier(NodeIdentifier.create(ON_DEVICE));
            verdicts.forEach(verdict -> list.withChild(verdict(verdict)));
            entry.withChild(list.build());
        }
        return entry.build();
    }

    private static MapEntryNode verdict(final Verdict verdict) {
        final Reasons reasons = verdict.reasons();
        final Reason leading = reasons.leading();
        final var entry = ImmutableNodes.newMapEntryBuilder().withNodeIdentifier(deviceKey(verdict.device()))
            .withChild(ImmutableNodes.leafNode(DEVICE_NAME, verdict.device()))
            .withChild(ImmutableNodes.leafNode(DEVICE_STATE, verdict.state().getName()));
        optional(entry, REASON, reasons.sentence());
        if (leading != null) {
            entry.withChild(ImmutableNodes.leafNode(REASON_CODE, identity(leading.code())));
            if (!leading.arguments().isEmpty()) {
                entry.withChild(arguments(leading.arguments()));
            }
        }
        final var further = reasons.furtherCodes();
        if (!further.isEmpty()) {
            entry.withChild(leafList(FURTHER_REASON_CODE, Ordering.SYSTEM,
                further.stream().map(RuleEntryNodes::identity).toList()));
        }
        optional(entry, EFFECTIVE_ACTION, verdict.effectiveAction());
        return entry.withChild(ImmutableNodes.leafNode(DEVICE_LAST_CHANGE, StatusPaths.dateAndTimeText(verdict.at())))
            .build();
    }

    private static MapNode arguments(final Map<String, String> arguments) {
        final var list = BUILDERS.newSystemMapBuilder(arguments.size())
            .withNodeIdentifier(NodeIdentifier.create(REASON_ARGUMENT));
        arguments.forEach((name, value) -> list.withChild(ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(REASON_ARGUMENT, ARGUMENT_NAME, name))
            .withChild(ImmutableNodes.leafNode(ARGUMENT_NAME, name))
            .withChild(ImmutableNodes.leafNode(ARGUMENT_VALUE, value))
            .build()));
        return list.build();
    }

    private static <T> @NonNull LeafSetNode<T> leafList(final QName name, final Ordering ordering,
            final Collection<T> values) {
        final var list = BUILDERS.<T>newLeafSetBuilder(ordering, values.size())
            .withNodeIdentifier(NodeIdentifier.create(name));
        values.forEach(value -> list.withChild(ImmutableNodes.leafSetEntry(name, value)));
        return list.build();
    }

    private static void optional(final DataContainerNodeBuilder<?, ?> entry, final QName name,
            final @Nullable String value) {
        if (value != null) {
            entry.withChild(ImmutableNodes.leafNode(name, value));
        }
    }

    /**
     * A reason code's identity as the datastore holds an identityref: its QName, which the generated identity
     * carries (the lookup is cached by the binding runtime).
     */
    private static QName identity(
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.@NonNull Reason code) {
        return BindingReflections.findQName(code.implementedInterface());
    }

    private static NodeIdentifierWithPredicates ruleKey(final String ruleName) {
        return NodeIdentifierWithPredicates.of(RULE, NAME, ruleName);
    }

    private static NodeIdentifierWithPredicates deviceKey(final String device) {
        return NodeIdentifierWithPredicates.of(ON_DEVICE, DEVICE_NAME, device);
    }

    private static QName child(final QName parent, final String localName) {
        return QName.create(parent, localName).intern();
    }

    /**
     * The leaves of a rule's entry other than its name and {@code last-change}, each null when left out.
     *
     * @param nlri the NLRI in hex
     * @param extendedCommunities the extended communities in hex, in order
     * @param communityContainer the Community Container attribute in hex
     * @param validationErrors why the rule was refused, each once
     * @param orderKey its order key
     * @param state its summary state
     */
    record RuleLeaves(@Nullable String nlri, @Nullable List<String> extendedCommunities,
            @Nullable String communityContainer, @Nullable List<String> validationErrors,
            @Nullable Long orderKey, @Nullable RuleState state) {
        RuleLeaves {
            extendedCommunities = extendedCommunities == null ? null : List.copyOf(extendedCommunities);
            // a leaf-list holds each value once; the first place of each is kept
            validationErrors = validationErrors == null ? null : List.copyOf(new LinkedHashSet<>(validationErrors));
        }

        /** No leaves at all. */
        static final RuleLeaves NONE = new RuleLeaves(null, null, null, null, null, null);

        RuleLeaves withState(final @NonNull RuleState newState) {
            return new RuleLeaves(nlri, extendedCommunities, communityContainer, validationErrors, orderKey, newState);
        }

        RuleLeaves withOrderKey(final long newKey) {
            return new RuleLeaves(nlri, extendedCommunities, communityContainer, validationErrors, newKey, state);
        }
    }

    /**
     * One router's verdict on a rule: its state there, why, what the router does with the traffic, and when.
     *
     * @param device the router
     * @param state the rule's state on it
     * @param reasons why, the deciding one first
     * @param effectiveAction what the router does with matching traffic, or null
     * @param at when the verdict was reached
     */
    record Verdict(@NonNull String device, @NonNull RuleState state, @NonNull Reasons reasons,
            @Nullable String effectiveAction, @NonNull Instant at) {
    }
}
