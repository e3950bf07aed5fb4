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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
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
    private final List<String> problems = new ArrayList<>();

    /**
     * A check for one body.
     *
     * @param context the schema
     * @param complete whether the body replaces or creates what it holds (PUT, POST), so mandatory leaves must be in
     *     it; a merge (PATCH) may leave them to the data already stored
     */
    JsonBodyCheck(final EffectiveModelContext context, final boolean complete) {
        this.context = context;
        this.complete = complete;
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
                problems.add(where.field(local) + ": there is no such field" + where.inside());
                continue;
            }
            present.add(child.orElseThrow().getQName());
            value(member.getValue(), child.orElseThrow(), where.child(local));
        }
        if (complete) {
            mandatory(parent, present, where);
        }
    }

    private void mandatory(final DataNodeContainer parent, final Set<QName> present, final Where where) {
        for (DataSchemaNode child : parent.getChildNodes()) {
            if (child instanceof ChoiceSchemaNode choice && choice.isMandatory() && !chosen(choice, present)) {
                final StringBuilder names = new StringBuilder();
                for (CaseSchemaNode branch : choice.getCases()) {
                    for (DataSchemaNode member : branch.getChildNodes()) {
                        names.append(names.length() == 0 ? "" : ", ").append(member.getQName().getLocalName());
                    }
                }
                problems.add(where.text() + ": needs one of " + names);
                continue;
            }
            if (child instanceof MandatoryAware aware && aware.isMandatory() && !present.contains(child.getQName())
                    && child.getWhenCondition().isEmpty()
                    && !Boolean.FALSE.equals(child.effectiveConfig().orElse(Boolean.TRUE))) {
                problems.add(where.child(child.getQName().getLocalName()).text() + ": is mandatory and missing");
            }
        }
    }

    private static boolean chosen(final ChoiceSchemaNode choice, final Set<QName> present) {
        for (CaseSchemaNode branch : choice.getCases()) {
            for (DataSchemaNode member : branch.getChildNodes()) {
                if (present.contains(member.getQName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void value(final JsonElement value, final DataSchemaNode node, final Where where) {
        if (node instanceof ListSchemaNode list) {
            list(value, list, where);
        } else if (node instanceof LeafListSchemaNode leafList) {
            leafList(value, leafList, where);
        } else if (node instanceof LeafSchemaNode leaf) {
            final String problem = LeafValues.check(leaf.getType(), value);
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
        maxElements(list, array.size(), where);
        final Set<List<String>> keys = new HashSet<>();
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
            members(entry, list, list.getQName().getModule(), where.entry(list, keyText.toString()));
        }
    }

    private void leafList(final JsonElement value, final LeafListSchemaNode leafList, final Where where) {
        if (!(value instanceof JsonArray array)) {
            problems.add(where.text() + ": must be a list of values, [ ... ] (RFC 7951 section 5.3)");
            return;
        }
        maxElements(leafList, array.size(), where);
        final Set<JsonElement> seen = new HashSet<>();
        for (JsonElement element : array) {
            final String problem = LeafValues.check(leafList.getType(), element);
            if (problem != null) {
                problems.add(where.text() + ": " + problem);
            } else if (!seen.add(element)) {
                problems.add(where.text() + ": " + element + " is given twice; each value must be given once");
            }
        }
    }

    private void maxElements(final ElementCountConstraintAware node, final int size, final Where where) {
        final Integer max = node.getElementCountConstraint().map(ElementCountConstraint::getMaxElements)
            .orElse(null);
        if (max != null && size > max) {
            problems.add(where.text() + ": has " + size + " entries, at most " + max + " are allowed");
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
