/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MandatoryAware;

/**
 * The choices of a container (RFC 7950 section 7.9): fields of two cases of one choice are alternatives and cannot
 * both be given, and a mandatory choice needs a field of one of its cases.
 */
final class Choices {
    private Choices() {
        // static checks only
    }

    /**
     * Checks the choices directly below a container against the fields an object gives.
     *
     * @param parent the container
     * @param present the fields given
     * @param complete whether the object replaces what is stored, so a mandatory choice must be answered in it
     * @param where the object's position, for messages
     * @param problems where to add what is wrong
     */
    static void check(final DataNodeContainer parent, final Set<QName> present, final boolean complete,
            final Where where, final List<String> problems) {
        for (DataSchemaNode child : parent.getChildNodes()) {
            if (!(child instanceof ChoiceSchemaNode choice)) {
                continue;
            }
            final List<String> chosen = new ArrayList<>();
            CaseSchemaNode chosenCase = null;
            for (CaseSchemaNode branch : choice.getCases()) {
                for (DataSchemaNode member : branch.getChildNodes()) {
                    if (present.contains(member.getQName())) {
                        chosen.add(member.getQName().getLocalName());
                        chosenCase = branch;
                        break;
                    }
                }
            }
            if (chosen.size() == 1 && complete && chosenCase != null) {
                for (DataSchemaNode member : chosenCase.getChildNodes()) {
                    if (member instanceof MandatoryAware aware && aware.isMandatory()
                            && !present.contains(member.getQName())) {
                        problems.add(where.child(member.getQName().getLocalName()).text()
                            + ": is mandatory and missing");
                    }
                }
            }
            if (chosen.size() > 1) {
                problems.add(where.text() + ": " + String.join(" and ", chosen) + " are alternatives ("
                    + choice.getQName().getLocalName() + "); give only one");
            } else if (chosen.isEmpty() && complete && choice.isMandatory()) {
                problems.add(where.child(choice.getQName().getLocalName()).text() + ": needs one of "
                    + String.join(", ", fields(choice)));
            }
        }
    }

    /**
     * Whether a schema node is a choice, whose presence is checked here rather than as a mandatory field.
     *
     * @param node the node
     * @return true for a choice
     */
    static boolean isChoice(final DataSchemaNode node) {
        return node instanceof ChoiceSchemaNode;
    }

    private static List<String> fields(final ChoiceSchemaNode choice) {
        final List<String> names = new ArrayList<>();
        for (CaseSchemaNode branch : choice.getCases()) {
            for (DataSchemaNode member : branch.getChildNodes()) {
                names.add(member.getQName().getLocalName());
            }
        }
        return names;
    }
}
