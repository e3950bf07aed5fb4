/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.RpcDefinition;

/**
 * What the front door checks for one request, given the schema: whether it writes into read-only state (before
 * its body is read), and whether its JSON body fits the models ({@link JsonBodyCheck}). A path the schema does not
 * know is left to RESTCONF, which answers it in its own words.
 */
final class RequestChecks {
    /** Reads JSON strictly (RFC 8259): no comments, single quotes or bare words, which a lenient reader takes. */
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

    private final SchemaIndex index;
    private final EffectiveModelContext context;

    /**
     * The checks against one schema.
     *
     * @param index the schema, indexed
     */
    RequestChecks(final SchemaIndex index) {
        this.index = index;
        context = index.context();
    }

    /**
     * Whether the method is one that changes data.
     *
     * @param method the HTTP method
     * @return true for PUT, POST, PATCH and DELETE
     */
    static boolean writes(final String method) {
        return "PUT".equals(method) || "POST".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    /**
     * Refuses a write whose target is operational state.
     *
     * @param method the HTTP method
     * @param path the api-path
     * @return the refusal, or null
     */
    @Nullable Refusal beforeBody(final String method, final ApiPath path) {
        if (!"data".equals(path.kind()) || !writes(method)) {
            return null;
        }
        final Target target = resolve(path.steps());
        if (target != null && target.readOnly()) {
            return Refusal.readOnly(path.text());
        }
        return null;
    }

    /**
     * Checks a JSON body.
     *
     * @param method the HTTP method
     * @param path the api-path
     * @param body the body's bytes
     * @return the refusal, or null when nothing is wrong that this check can see
     */
    @Nullable Refusal body(final String method, final ApiPath path, final byte[] body) {
        final JsonElement json;
        try {
            json = parse(body);
        } catch (JsonParseException | IOException e) {
            return Refusal.malformed("the request body is not valid JSON: " + cause(e));
        }
        if (json == null) {
            return "data".equals(path.kind()) && !"DELETE".equals(method)
                ? Refusal.malformed("the request body is empty; it must hold the data to write") : null;
        }
        if (!(json instanceof JsonObject object)) {
            return Refusal.malformed("the request body must be a JSON object");
        }
        final List<String> problems;
        if ("operations".equals(path.kind())) {
            problems = operation(path, object);
        } else if ("data".equals(path.kind())) {
            final String readOnly = path.steps().isEmpty() ? readOnlyMember(object) : null;
            if (readOnly != null) {
                return Refusal.readOnly(readOnly);
            }
            problems = data(method, path, object);
        } else {
            problems = List.of();
        }
        return problems.isEmpty() ? null : Refusal.invalidValue(String.join("; ", problems));
    }

    private List<String> data(final String method, final ApiPath path, final JsonObject body) {
        final BodyRoot root = root(method, path);
        return root == null ? List.of()
            : new JsonBodyCheck(index, !"PATCH".equals(method)).checkMembers(body, root.parent(), root.module(),
                root.where());
    }

    /**
     * The body to hand RESTCONF for a JSON write the check let through: the same data with every member name
     * qualified by its module ({@link QualifiedNames}), which RESTCONF's parser resolves with far less work. A body
     * whose place in the schema this check does not know goes as it came.
     *
     * @param method the HTTP method
     * @param path the api-path
     * @param body the body's bytes, which {@link #body} let through
     * @return the body to hand on
     */
    byte[] forRestconf(final String method, final ApiPath path, final byte[] body) {
        if (!"data".equals(path.kind()) || !writes(method) || "DELETE".equals(method) || body.length == 0) {
            return body;
        }
        final BodyRoot root = root(method, path);
        if (root == null) {
            return body;
        }
        try {
            return QualifiedNames.of(index, root.parent(), root.module(), body);
        } catch (IOException | IllegalStateException e) {
            // the check parsed this body strictly, so this does not happen; RESTCONF then reads it as sent
            return body;
        }
    }

    /**
     * Where a write's body sits in the schema: the node whose children its top-level members are (the target for
     * a POST, the target's parent otherwise), or null when the path leaves the schema this check knows.
     */
    private @Nullable BodyRoot root(final String method, final ApiPath path) {
        if ("POST".equals(method)) {
            if (path.steps().isEmpty()) {
                return new BodyRoot(context, null, Where.of(path));
            }
            final Target target = resolve(path.steps());
            return target == null || !(target.node() instanceof DataNodeContainer container) ? null
                : new BodyRoot(container, target.node().getQName().getModule(), Where.of(path));
        }
        if (path.steps().isEmpty()) {
            return new BodyRoot(context, null, Where.of(path));
        }
        final List<ApiPath.Step> parentSteps = path.steps().subList(0, path.steps().size() - 1);
        final Target target = resolve(path.steps());
        final Target parent = parentSteps.isEmpty() ? null : resolve(parentSteps);
        if (target == null || !parentSteps.isEmpty() && (parent == null
                || !(parent.node() instanceof DataNodeContainer))) {
            return null;
        }
        final DataNodeContainer container = parent == null ? context : (DataNodeContainer) parent.node();
        return new BodyRoot(container, target.node().getQName().getModule(),
            Where.of(new ApiPath(path.kind(), parentSteps)));
    }

    private @Nullable String readOnlyMember(final JsonObject body) {
        for (String name : body.keySet()) {
            final int colon = name.indexOf(':');
            if (colon > 0) {
                final Target target = resolve(List.of(new ApiPath.Step(name.substring(0, colon),
                    name.substring(colon + 1), List.of())));
                if (target != null && target.readOnly()) {
                    return name;
                }
            }
        }
        return null;
    }

    private List<String> operation(final ApiPath path, final JsonObject body) {
        if (path.steps().size() != 1 || path.steps().get(0).module() == null) {
            return List.of();
        }
        final ApiPath.Step step = path.steps().get(0);
        final Optional<? extends Module> module = context.findModules(step.module()).stream().findFirst();
        if (module.isEmpty()) {
            return List.of();
        }
        for (RpcDefinition rpc : module.orElseThrow().getRpcs()) {
            if (rpc.getQName().getLocalName().equals(step.name())) {
                final Where where = Where.input(step.name());
                JsonElement input = null;
                for (var member : body.entrySet()) {
                    if ("input".equals(member.getKey()) || member.getKey().equals(step.module() + ":input")) {
                        input = member.getValue();
                    } else {
                        return List.of(where.text() + ": the body must hold only \"" + step.module()
                            + ":input\", not \"" + member.getKey() + "\"");
                    }
                }
                if (input != null && !(input instanceof JsonObject)) {
                    return List.of(where.text() + ": must be an object");
                }
                return new JsonBodyCheck(index, true).checkMembers(input == null ? new JsonObject()
                    : (JsonObject) input, rpc.getInput(), rpc.getQName().getModule(), where);
            }
        }
        return List.of();
    }

    private @Nullable Target resolve(final List<ApiPath.Step> steps) {
        DataNodeContainer parent = context;
        QNameModule module = null;
        DataSchemaNode node = null;
        boolean readOnly = false;
        for (ApiPath.Step step : steps) {
            if (step.module() != null) {
                final Optional<? extends Module> found = context.findModules(step.module()).stream().findFirst();
                if (found.isEmpty()) {
                    return null;
                }
                module = found.orElseThrow().getQNameModule();
            }
            if (module == null || parent == null || !ApiPath.isIdentifier(step.name())) {
                return null;
            }
            node = parent.findDataTreeChild(QName.create(module, step.name())).orElse(null);
            if (node == null) {
                return null;
            }
            readOnly |= Boolean.FALSE.equals(node.effectiveConfig().orElse(Boolean.TRUE));
            parent = node instanceof DataNodeContainer container ? container : null;
        }
        return node == null ? null : new Target(node, readOnly);
    }

    static @Nullable JsonElement parse(final byte[] body) throws IOException {
        if (body.length == 0) {
            return null;
        }
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) {
            final JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more than one JSON value in the body");
            }
            return element.isJsonNull() ? null : element;
        }
    }

    private static String cause(final Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        final String message = cause.getMessage();
        return message == null ? "it ends too early" : message.replaceAll("\\s*See https?://\\S+", "");
    }

    /**
     * The schema node a path names, and whether it or any node above it is operational state.
     */
    private record Target(DataSchemaNode node, boolean readOnly) {
        // a plain pair
    }

    /**
     * Where a body's top-level members sit: their parent schema node, the module of a name without one (null at
     * the top level, where every name carries its module), and the position named in messages.
     */
    private record BodyRoot(DataNodeContainer parent, @Nullable QNameModule module, Where where) {
        // a plain value
    }
}
