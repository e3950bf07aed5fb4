/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;

/**
 * What the body check needs of one schema context, derived from it once rather than per request: the module each
 * JSON prefix names, the {@link NodeShape} of each schema node a body reaches, and the compiled patterns. The
 * context changes when modules are installed; the holder then builds a new index ({@link #forContext}).
 *
 * <p>Safe for any number of threads: the module names are fixed when the index is built, and a node's shape is
 * derived the first time a body reaches it and never changes after (the map only memoises what the context
 * determines). Schema nodes are compared by identity, as yangtools' effective statements are.
 */
final class SchemaIndex {
    private final EffectiveModelContext context;
    private final Map<String, QNameModule> modulesByName;
    private final Map<QNameModule, String> prefixes;
    private final Map<DataNodeContainer, NodeShape> shapes = new ConcurrentHashMap<>();
    private final Patterns patterns = new Patterns();

    /**
     * The index of a schema context.
     *
     * @param context the schema
     */
    SchemaIndex(final EffectiveModelContext context) {
        this.context = context;
        final Map<String, QNameModule> byName = new HashMap<>();
        final Map<QNameModule, String> byModule = new HashMap<>();
        for (Module module : context.getModules()) {
            final String name = module.getName();
            if (!byName.containsKey(name)) {
                // the module a JSON prefix stands for, as the check has always resolved it
                final QNameModule found = context.findModules(name).stream().findFirst().orElseThrow()
                    .getQNameModule();
                byName.put(name, found);
                byModule.put(found, name);
            }
        }
        modulesByName = Map.copyOf(byName);
        prefixes = Map.copyOf(byModule);
    }

    /**
     * The index of a context: the one given when it indexes that very context, otherwise a new one.
     *
     * @param current the index held so far, or null
     * @param context the schema now
     * @return an index of {@code context}
     */
    static SchemaIndex forContext(final @Nullable SchemaIndex current, final EffectiveModelContext context) {
        return current != null && current.context == context ? current : new SchemaIndex(context);
    }

    EffectiveModelContext context() {
        return context;
    }

    Patterns patterns() {
        return patterns;
    }

    /**
     * The module a JSON member's prefix names (RFC 7951 section 4).
     *
     * @param name the module name
     * @return the module, or null when the context has none of that name
     */
    @Nullable QNameModule module(final String name) {
        return modulesByName.get(name);
    }

    /**
     * The prefix that names a module in JSON.
     *
     * @param module the module
     * @return its name, or null when its name resolves to another revision
     */
    @Nullable String prefix(final QNameModule module) {
        return prefixes.get(module);
    }

    /**
     * What the check needs of a schema node's children.
     *
     * @param container the schema node, the context itself for the top level
     * @return its shape
     */
    NodeShape shape(final DataNodeContainer container) {
        final NodeShape known = shapes.get(container);
        return known != null ? known : shapes.computeIfAbsent(container, node -> NodeShape.of(node, this));
    }
}
