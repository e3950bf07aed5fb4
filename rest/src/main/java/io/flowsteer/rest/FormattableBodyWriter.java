/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;
import org.opendaylight.restconf.api.FormattableBody;
import org.opendaylight.restconf.api.query.PrettyPrintParam;

/**
 * Writes any RESTCONF {@link FormattableBody} as JSON or XML. restconf-nb 7.0.7 answers a YANG-PATCH (RFC 8072) with
 * a {@code YangPatchStatusBody} but registers no writer for it, so every YANG-PATCH was applied and then answered
 * 500; with this writer the client gets the {@code yang-patch-status} reply, per edit.
 */
@Produces({ "application/yang-data+json", MediaType.APPLICATION_JSON, "application/yang-data+xml",
    MediaType.APPLICATION_XML, MediaType.TEXT_XML })
public final class FormattableBodyWriter implements MessageBodyWriter<FormattableBody> {
    @Override
    public boolean isWriteable(final Class<?> type, final Type genericType, final Annotation[] annotations,
            final MediaType mediaType) {
        return FormattableBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(final FormattableBody body, final Class<?> type, final Type genericType,
            final Annotation[] annotations, final MediaType mediaType, final MultivaluedMap<String, Object> headers,
            final OutputStream out) throws IOException {
        if (mediaType.getSubtype().contains("xml")) {
            body.formatToXML(PrettyPrintParam.FALSE, out);
        } else {
            body.formatToJSON(PrettyPrintParam.FALSE, out);
        }
    }
}
