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
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraint;
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraintAware;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;

/**
 * Walks a JSON request body (RFC 7951) alongside the YANG schema and collects what the RESTCONF parser would accept
 * but should not, each named by the rule or router it belongs to and the path of the field: members that are not in
 * the model or carry an unknown module prefix, values that do not fit their type ({@link LeafValues}), list entries
 * with the same key, lists over their {@code max-elements}, and mandatory leaves missing from a body that replaces
 * or creates data. One instance checks one body.
 */
final class JsonBodyCheck {
    private final SchemaIndex index;
    private final boolean complete;
    private final List<String> problems = new ArrayList<>();

    /**
     * A check for one body.
     *
     * @param index the schema, indexed
     * @param complete whether the body replaces or creates what it holds (PUT, POST), so mandatory leaves must be in
     *     it; a merge (PATCH) may leave them to the data already stored
     */
    JsonBodyCheck(final SchemaIndex index, final boolean complete) {
        this.index = index;
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
        final NodeShape shape = index.shape(parent);
        final boolean[] present = new boolean[shape.slots()];
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            final String name = member.getKey();
            final int colon = name.indexOf(':');
            final NodeShape.Member child;
            if (colon >= 0) {
                child = shape.qualified(name);
                if (child == null && index.module(name.substring(0, colon)) == null) {
                    problems.add(where.field(name) + ": there is no module called '" + name.substring(0, colon)
                        + "'");
                    continue;
                }
            } else if (module == null) {
                problems.add(where.field(name) + ": a top-level name must carry its module, as in 'module:" + name
                    + "' (RFC 7951 section 4)");
                continue;
            } else {
                child = shape.unqualified(name, module);
            }
            if (child == null) {
                problems.add(where.field(name) + ": there is no such field" + where.inside());
                continue;
            }
            present[child.slot()] = true;
            value(member.getValue(), child.node(), where.child(child.localName()));
        }
        Choices.check(shape.choices(), present, complete, where, problems);
        if (complete) {
            for (NodeShape.Required required : shape.required()) {
                if (!required.field().isIn(present)) {
                    problems.add(where.child(required.field().localName()).text() + ": " + required.problem());
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
            final String problem = LeafValues.check(leaf.getType(), value, index.patterns());
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
        final ListEntries entries = index.shape(list).entries();
        final Set<List<String>> keys = new HashSet<>();
        final Map<List<QName>, Set<List<String>>> uniques = new HashMap<>();
        for (JsonElement element : array) {
            if (!(element instanceof JsonObject entry)) {
                problems.add(where.text() + ": each entry must be an object");
                continue;
            }
            final List<String> key = new ArrayList<>(entries.keys().size());
            final StringBuilder keyText = new StringBuilder();
            for (ListEntries.Leaf keyLeaf : entries.keys()) {
                final JsonElement keyValue = keyLeaf.in(entry);
                key.add(identity(keyValue));
                keyText.append(keyText.length() == 0 ? "" : ",").append(keyValue instanceof JsonPrimitive primitive
                    ? primitive.getAsString() : "?");
                if (keyValue == null) {
                    problems.add(where.text() + ": an entry has no " + keyLeaf.localName()
                        + ", and every entry needs one");
                }
            }
            if (!entries.keys().isEmpty() && !keys.add(key)) {
                problems.add(where.text() + ": two entries have the same " + entries.keyNames() + " " + keyText
                    + "; each must be given once");
            }
            unique(entries, entry, uniques, where);
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
            final String problem = LeafValues.check(leafList.getType(), element, index.patterns());
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
    private void unique(final ListEntries entries, final JsonObject entry,
            final Map<List<QName>, Set<List<String>>> seen, final Where where) {
        for (ListEntries.Unique unique : entries.uniques()) {
            final List<JsonElement> values = new ArrayList<>(unique.leaves().size());
            final List<String> identities = new ArrayList<>(unique.leaves().size());
            for (ListEntries.Leaf leaf : unique.leaves()) {
                final JsonElement value = leaf.in(entry);
                if (value == null) {
                    return;
                }
                values.add(value);
                identities.add(identity(value));
            }
            if (!seen.computeIfAbsent(unique.names(), ignored -> new HashSet<>()).add(identities)) {
                final StringBuilder text = new StringBuilder();
                for (JsonElement value : values) {
                    text.append(text.length() == 0 ? "" : ",").append(value);
                }
                problems.add(where.text() + ": two entries have the same " + unique.text() + " " + text
                    + "; the model says they must differ");
            }
        }
    }

    /**
     * A text that two values share exactly when their JSON texts ({@link JsonElement#toString()}) are the same,
     * without writing the JSON of a plain value: a string is marked by a leading quote, which no number or literal
     * has; a missing value is the empty text, which no JSON text is.
     */
    private static String identity(final @Nullable JsonElement value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonPrimitive primitive) {
            return primitive.isString() ? "\"" + primitive.getAsString() : primitive.getAsString();
        }
        return value.toString();
    }
}
