/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.ContainerLike;
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
import org.opendaylight.yangtools.yang.model.api.stmt.SchemaNodeIdentifier;
import org.opendaylight.yangtools.yang.model.api.stmt.UniqueEffectiveStatement;

/**
 * Walks a JSON request body (RFC 7951) alongside the YANG schema and collects what the RESTCONF parser would accept
 * but should not, each named by the rule or router it belongs to and the path of the field: members that are not in
 * the model or carry an unknown module prefix, values that do not fit their type ({@link LeafValues}), list entries
 * with the same key, lists over their {@code max-elements}, and mandatory leaves missing from a body that replaces
 * or creates data. One instance checks one body.
 */
final class JsonBodyCheck {
    private final EffectiveModelContext context;
    private final boolean complete;
    private final Patterns patterns;
    private final List<String> problems = new ArrayList<>();

    /**
     * A check for one body.
     *
     * @param context the schema
     * @param complete whether the body replaces or creates what it holds (PUT, POST), so mandatory leaves must be in
     *     it; a merge (PATCH) may leave them to the data already stored
     * @param patterns the compiled patterns
     */
    JsonBodyCheck(final EffectiveModelContext context, final boolean complete, final Patterns patterns) {
        this.context = context;
        this.complete = complete;
        this.patterns = patterns;
    }

    /**
     * Checks the members of an object as children of a schema node.
     *
     * @param body the JSON object
     * @param parent the schema node whose children the members are
     * @param module the module of unqualified member names, or null where every name must be qualified (top level)
     * @param where the position of the object, for messages
     * @return every problem found, in body order
     */
    List<String> checkMembers(final JsonObject body, final DataNodeContainer parent, final @Nullable QNameModule module,
            final Where where) {
        members(body, parent, module, where);
        return List.copyOf(problems);
    }

    private void members(final JsonObject object, final DataNodeContainer parent, final @Nullable QNameModule module,
            final Where where) {
        final Set<QName> present = new HashSet<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            final String name = member.getKey();
            final int colon = name.indexOf(':');
            final QNameModule childModule;
            if (colon >= 0) {
                final Optional<? extends Module> found = context.findModules(name.substring(0, colon)).stream()
                    .findFirst();
                if (found.isEmpty()) {
                    problems.add(where.field(name) + ": there is no module called '" + name.substring(0, colon)
                        + "'");
                    continue;
                }
                childModule = found.orElseThrow().getQNameModule();
            } else if (module == null) {
                problems.add(where.field(name) + ": a top-level name must carry its module, as in 'module:" + name
                    + "' (RFC 7951 section 4)");
                continue;
            } else {
                childModule = module;
            }
            final String local = colon >= 0 ? name.substring(colon + 1) : name;
            final Optional<DataSchemaNode> child = ApiPath.isIdentifier(local)
                ? parent.findDataTreeChild(QName.create(childModule, local)) : Optional.empty();
            if (child.isEmpty()) {
                problems.add(where.field(name) + ": there is no such field" + where.inside());
                continue;
            }
            present.add(child.orElseThrow().getQName());
            value(member.getValue(), child.orElseThrow(), where.child(local));
        }
        Choices.check(parent, present, complete, where, problems);
        if (complete) {
            mandatory(parent, present, where);
        }
    }

    private void mandatory(final DataNodeContainer parent, final Set<QName> present, final Where where) {
        for (DataSchemaNode child : parent.getChildNodes()) {
            if (!Choices.isChoice(child) && child instanceof MandatoryAware aware && aware.isMandatory()
                    && !present.contains(child.getQName()) && child.getWhenCondition().isEmpty()
                    && !Boolean.FALSE.equals(child.effectiveConfig().orElse(Boolean.TRUE))) {
                problems.add(where.child(child.getQName().getLocalName()).text() + ": is mandatory and missing");
            } else if (child instanceof ElementCountConstraintAware counted && !present.contains(child.getQName())
                    && child.getWhenCondition().isEmpty()) {
                final Integer min = counted.getElementCountConstraint().map(ElementCountConstraint::getMinElements)
                    .orElse(null);
                if (min != null && min > 0) {
                    problems.add(where.child(child.getQName().getLocalName()).text() + ": needs at least " + min
                        + (min == 1 ? " entry" : " entries"));
                }
            }
        }
    }

    private void value(final JsonElement value, final DataSchemaNode node, final Where where) {
        if (node instanceof ListSchemaNode list) {
            list(value, list, where);
        } else if (node instanceof LeafListSchemaNode leafList) {
            leafList(value, leafList, where);
        } else if (node instanceof LeafSchemaNode leaf) {
            final String problem = LeafValues.check(leaf.getType(), value, patterns);
            if (problem != null) {
                problems.add(where.text() + ": " + problem);
            }
        } else if (node instanceof ContainerLike container) {
            if (value instanceof JsonObject object) {
                members(object, container, node.getQName().getModule(), where);
            } else {
                problems.add(where.text() + ": must be an object");
            }
        }
        // anydata and anyxml: the RESTCONF parser takes them as they are
    }

    private void list(final JsonElement value, final ListSchemaNode list, final Where where) {
        if (!(value instanceof JsonArray array)) {
            problems.add(where.text() + ": must be a list of entries, [ {...} ] (RFC 7951 section 5.4)");
            return;
        }
        elementCount(list, array.size(), where);
        final Set<List<String>> keys = new HashSet<>();
        final Map<List<QName>, Set<List<String>>> uniques = new HashMap<>();
        for (JsonElement element : array) {
            if (!(element instanceof JsonObject entry)) {
                problems.add(where.text() + ": each entry must be an object");
                continue;
            }
            final List<String> key = new ArrayList<>();
            final StringBuilder keyText = new StringBuilder();
            for (QName keyName : list.getKeyDefinition()) {
                final JsonElement keyValue = member(entry, keyName);
                key.add(keyValue == null ? "" : keyValue.toString());
                keyText.append(keyText.length() == 0 ? "" : ",").append(keyValue instanceof JsonPrimitive primitive
                    ? primitive.getAsString() : "?");
                if (keyValue == null) {
                    problems.add(where.text() + ": an entry has no " + keyName.getLocalName()
                        + ", and every entry needs one");
                }
            }
            if (!list.getKeyDefinition().isEmpty() && !keys.add(key)) {
                problems.add(where.text() + ": two entries have the same " + keyNames(list) + " " + keyText
                    + "; each must be given once");
            }
            unique(list, entry, uniques, where);
            members(entry, list, list.getQName().getModule(), where.entry(list, keyText.toString()));
        }
    }

    private void leafList(final JsonElement value, final LeafListSchemaNode leafList, final Where where) {
        if (!(value instanceof JsonArray array)) {
            problems.add(where.text() + ": must be a list of values, [ ... ] (RFC 7951 section 5.3)");
            return;
        }
        elementCount(leafList, array.size(), where);
        final Set<JsonElement> seen = new HashSet<>();
        for (JsonElement element : array) {
            final String problem = LeafValues.check(leafList.getType(), element, patterns);
            if (problem != null) {
                problems.add(where.text() + ": " + problem);
            } else if (!seen.add(element)) {
                problems.add(where.text() + ": " + element + " is given twice; each value must be given once");
            }
        }
    }

    private void elementCount(final ElementCountConstraintAware node, final int size, final Where where) {
        final Optional<ElementCountConstraint> constraint = node.getElementCountConstraint();
        final Integer max = constraint.map(ElementCountConstraint::getMaxElements).orElse(null);
        final Integer min = constraint.map(ElementCountConstraint::getMinElements).orElse(null);
        if (max != null && size > max) {
            problems.add(where.text() + ": has " + size + " entries, at most " + max + " are allowed");
        } else if (complete && min != null && size < min) {
            problems.add(where.text() + ": has " + size + " entries, at least " + min + " are needed");
        }
    }

    /**
     * The {@code unique} statements of a list whose leaves are direct children (RFC 7950 section 7.8.3).
     */
    private void unique(final ListSchemaNode list, final JsonObject entry,
            final Map<List<QName>, Set<List<String>>> seen, final Where where) {
        for (UniqueEffectiveStatement unique : list.getUniqueConstraints()) {
            final List<QName> leaves = new ArrayList<>();
            for (SchemaNodeIdentifier.Descendant descendant : unique.argument()) {
                if (descendant.getNodeIdentifiers().size() != 1) {
                    return;
                }
                leaves.add(descendant.getNodeIdentifiers().get(0));
            }
            final List<String> values = new ArrayList<>();
            for (QName leaf : leaves) {
                final JsonElement value = member(entry, leaf);
                if (value == null) {
                    return;
                }
                values.add(value.toString());
            }
            if (!seen.computeIfAbsent(leaves, ignored -> new HashSet<>()).add(values)) {
                final StringBuilder names = new StringBuilder();
                for (QName leaf : leaves) {
                    names.append(names.length() == 0 ? "" : " and ").append(leaf.getLocalName());
                }
                problems.add(where.text() + ": two entries have the same " + names + " " + String.join(",", values)
                    + "; the model says they must differ");
            }
        }
    }

    private static @Nullable JsonElement member(final JsonObject object, final QName name) {
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            final String key = member.getKey();
            if (key.equals(name.getLocalName()) || key.endsWith(":" + name.getLocalName())) {
                return member.getValue();
            }
        }
        return null;
    }

    private static String keyNames(final ListSchemaNode list) {
        final StringBuilder names = new StringBuilder();
        for (QName key : list.getKeyDefinition()) {
            names.append(names.length() == 0 ? "" : ",").append(key.getLocalName());
        }
        return names.toString();
    }
}
