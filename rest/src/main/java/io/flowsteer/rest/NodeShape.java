/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.AnydataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.AnyxmlSchemaNode;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraint;
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraintAware;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MandatoryAware;
import org.opendaylight.yangtools.yang.model.api.Module;

/**
 * What the body check needs of one schema node that has children, derived once per schema context
 * ({@link SchemaIndex}): the children a JSON member can name, the same ones
 * {@link DataNodeContainer#findDataTreeChild(QName)} finds (through choices and cases), each with a slot in the
 * object's record of which fields it gives; the choices directly below it; the fields a complete body must give;
 * and, for a list, what its entries are checked by.
 *
 * @param byQualifiedName the children by their module-qualified JSON name, {@code module:name}
 * @param byLocalName the children by their local name, several when modules augment in the same name
 * @param slots how many distinct children there are, the size of the record of given fields
 * @param choices the choices directly below the node
 * @param required the fields a body that replaces or creates the node must give, in schema order
 * @param entries how the entries of a list are checked, {@link ListEntries#NONE} for any other node
 */
record NodeShape(Map<String, Member> byQualifiedName, Map<String, List<Member>> byLocalName, int slots,
        List<Choices.Choice> choices, List<Required> required, ListEntries entries) {
    NodeShape {
        byQualifiedName = Map.copyOf(byQualifiedName);
        byLocalName = Map.copyOf(byLocalName);
        choices = List.copyOf(choices);
        required = List.copyOf(required);
    }

    /**
     * A child that a JSON member can name.
     *
     * @param node the schema node
     * @param localName its name without module
     * @param module its module
     * @param qualifiedName its name with module, {@code module:name}, or null when the module's name resolves to
     *     another revision
     * @param slot its place in the record of given fields
     */
    record Member(DataSchemaNode node, String localName, QNameModule module, @Nullable String qualifiedName,
            int slot) {
        // a plain value
    }

    /**
     * A field that a complete body must give, and what to say when it does not.
     *
     * @param field the field
     * @param problem the problem, such as {@code is mandatory and missing}
     */
    record Required(Choices.Field field, String problem) {
        // a plain value
    }

    /**
     * The shape of a schema node.
     *
     * @param container the node, or the context for the top level
     * @param index the context's index, for module prefixes
     * @return the shape
     */
    static NodeShape of(final DataNodeContainer container, final SchemaIndex index) {
        final Map<QName, DataSchemaNode> tree = new LinkedHashMap<>();
        if (container instanceof EffectiveModelContext context) {
            // the context finds a top-level child in the module of its name (SchemaContext.findDataTreeChild)
            for (Module module : context.getModules()) {
                for (Map.Entry<QName, DataSchemaNode> child : dataTree(module).entrySet()) {
                    if (child.getKey().getModule().equals(module.getQNameModule())) {
                        tree.putIfAbsent(child.getKey(), child.getValue());
                    }
                }
            }
        } else {
            tree.putAll(dataTree(container));
        }
        final Map<QName, Integer> slots = new HashMap<>();
        final Map<String, Member> byQualifiedName = new HashMap<>();
        final Map<String, List<Member>> byLocalName = new HashMap<>();
        for (Map.Entry<QName, DataSchemaNode> child : tree.entrySet()) {
            final QName name = child.getKey();
            final String prefix = index.prefix(name.getModule());
            final Member member = new Member(child.getValue(), name.getLocalName(), name.getModule(),
                prefix == null ? null : prefix + ":" + name.getLocalName(), slots.size());
            slots.put(name, member.slot());
            if (member.qualifiedName() != null) {
                byQualifiedName.put(member.qualifiedName(), member);
            }
            byLocalName.computeIfAbsent(name.getLocalName(), ignored -> new ArrayList<>(1)).add(member);
        }
        final List<Choices.Choice> choices = new ArrayList<>();
        final List<Required> required = new ArrayList<>();
        for (DataSchemaNode child : container.getChildNodes()) {
            if (child instanceof ChoiceSchemaNode choice) {
                choices.add(Choices.Choice.of(choice, slots));
            }
            final String problem = requirement(child);
            if (problem != null) {
                required.add(new Required(Choices.Field.of(child, slots), problem));
            }
        }
        byLocalName.replaceAll((name, members) -> List.copyOf(members));
        return new NodeShape(byQualifiedName, byLocalName, slots.size(), choices, required,
            container instanceof ListSchemaNode list ? ListEntries.of(list) : ListEntries.NONE);
    }

    /**
     * The child a member named {@code module:name} names.
     *
     * @param name the member's name, with its module
     * @return the child, or null when there is none (or the module is unknown)
     */
    @Nullable Member qualified(final String name) {
        return byQualifiedName.get(name);
    }

    /**
     * The child a member without module names.
     *
     * @param name the member's name
     * @param module the module it inherits
     * @return the child, or null when there is none
     */
    @Nullable Member unqualified(final String name, final QNameModule module) {
        final List<Member> members = byLocalName.get(name);
        if (members != null) {
            for (Member member : members) {
                if (member.module().equals(module)) {
                    return member;
                }
            }
        }
        return null;
    }

    /**
     * The children {@link DataNodeContainer#findDataTreeChild(QName)} finds, in the order it prefers them: the
     * data nodes directly below first, then those of each case of each choice.
     */
    private static Map<QName, DataSchemaNode> dataTree(final DataNodeContainer container) {
        final Map<QName, DataSchemaNode> tree = new LinkedHashMap<>();
        for (DataSchemaNode child : container.getChildNodes()) {
            if (child instanceof ContainerSchemaNode || child instanceof LeafSchemaNode
                    || child instanceof LeafListSchemaNode || child instanceof ListSchemaNode
                    || child instanceof AnydataSchemaNode || child instanceof AnyxmlSchemaNode) {
                tree.putIfAbsent(child.getQName(), child);
            }
        }
        for (DataSchemaNode child : container.getChildNodes()) {
            if (child instanceof ChoiceSchemaNode choice) {
                for (CaseSchemaNode branch : choice.getCases()) {
                    dataTree(branch).forEach(tree::putIfAbsent);
                }
            }
        }
        return tree;
    }

    /**
     * What a complete body lacking this child is told: a mandatory leaf (or anydata) that is configuration and
     * not conditional, or a list that needs entries; null when the child may be left out.
     */
    private static @Nullable String requirement(final DataSchemaNode child) {
        if (!Choices.isChoice(child) && child instanceof MandatoryAware aware && aware.isMandatory()
                && child.getWhenCondition().isEmpty()
                && !Boolean.FALSE.equals(child.effectiveConfig().orElse(Boolean.TRUE))) {
            return "is mandatory and missing";
        }
        if (child instanceof ElementCountConstraintAware counted && child.getWhenCondition().isEmpty()) {
            final Integer min = counted.getElementCountConstraint().map(ElementCountConstraint::getMinElements)
                .orElse(null);
            if (min != null && min > 0) {
                return "needs at least " + min + (min == 1 ? " entry" : " entries");
            }
        }
        return null;
    }
}
