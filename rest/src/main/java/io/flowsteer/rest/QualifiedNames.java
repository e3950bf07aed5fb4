/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.ContainerLike;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;

/**
 * Writes a JSON body (RFC 7951) that the body check let through again, with every member name that names a schema
 * node in its namespace-qualified form, {@code module:name}. RFC 7951 section 4 gives a name the same meaning in
 * both forms, so RESTCONF stores the same data; what changes is the work of its parser. For a name without module,
 * OpenDaylight's JSON parser searches every child of the parent, and every case of every choice below it, for the
 * modules the name might belong to, for each member of each entry; a qualified name it takes by the module's name.
 *
 * <p>Only names change. Values, the order of members, and members the schema does not know (which the check has
 * already refused, or which sit inside anydata) are written as they came; a number keeps the text it was sent in.
 * One instance rewrites one body.
 */
final class QualifiedNames {
    private final SchemaIndex index;
    private final JsonReader reader;
    private final JsonWriter writer;

    private QualifiedNames(final SchemaIndex index, final JsonReader reader, final JsonWriter writer) {
        this.index = index;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * A body with every member name qualified by its module.
     *
     * @param index the schema, indexed
     * @param parent the schema node whose children the body's top-level members are
     * @param module the module of the top-level names without one, or null where each must carry its own
     * @param body a body the check let through, a JSON object
     * @return the same body with qualified names
     * @throws IOException when the body is not the JSON object the check let through
     */
    static byte[] of(final SchemaIndex index, final DataNodeContainer parent, final @Nullable QNameModule module,
            final byte[] body) throws IOException {
        final StringWriter out = new StringWriter(body.length + body.length / 2);
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8));
             JsonWriter writer = new JsonWriter(out)) {
            new QualifiedNames(index, reader, writer).object(parent, module);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("more than one JSON value in the body");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void object(final DataNodeContainer parent, final @Nullable QNameModule module) throws IOException {
        final NodeShape shape = index.shape(parent);
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
            final String name = reader.nextName();
            final NodeShape.Member member = name.indexOf(':') >= 0 ? shape.qualified(name)
                : module == null ? null : shape.unqualified(name, module);
            final String qualified = member == null ? null : member.qualifiedName();
            if (member == null || qualified == null) {
                writer.name(name);
                copy();
            } else {
                writer.name(qualified);
                value(member.node());
            }
        }
        reader.endObject();
        writer.endObject();
    }

    private void value(final DataSchemaNode node) throws IOException {
        final JsonToken next = reader.peek();
        if (node instanceof ListSchemaNode list && next == JsonToken.BEGIN_ARRAY) {
            reader.beginArray();
            writer.beginArray();
            while (reader.hasNext()) {
                if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                    object(list, list.getQName().getModule());
                } else {
                    copy();
                }
            }
            reader.endArray();
            writer.endArray();
        } else if (node instanceof ContainerLike container && next == JsonToken.BEGIN_OBJECT) {
            object(container, node.getQName().getModule());
        } else {
            copy();
        }
    }

    /**
     * One value as it came: a leaf's, a leaf-list's, anydata's, or a member's the schema does not know.
     */
    private void copy() throws IOException {
        switch (reader.peek()) {
            case BEGIN_ARRAY -> {
                reader.beginArray();
                writer.beginArray();
                while (reader.hasNext()) {
                    copy();
                }
                reader.endArray();
                writer.endArray();
            }
            case BEGIN_OBJECT -> {
                reader.beginObject();
                writer.beginObject();
                while (reader.hasNext()) {
                    writer.name(reader.nextName());
                    copy();
                }
                reader.endObject();
                writer.endObject();
            }
            case STRING -> writer.value(reader.nextString());
            // the number's own text: 1.50 stays 1.50 and a uint64 loses no digit
            case NUMBER -> writer.jsonValue(reader.nextString());
            case BOOLEAN -> writer.value(reader.nextBoolean());
            case NULL -> {
                reader.nextNull();
                writer.nullValue();
            }
            default -> throw new IOException("unexpected " + reader.peek() + " in the body");
        }
    }
}
