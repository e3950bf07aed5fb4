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
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MandatoryAware;

/**
 * The choices of a container (RFC 7950 section 7.9): fields of two cases of one choice are alternatives and cannot
 * both be given, and a mandatory choice needs a field of one of its cases. The choices are taken from the schema
 * once ({@link NodeShape}); an object's fields are given as the slots of its container's shape.
 */
final class Choices {
    private Choices() {
        // static checks only
    }

    /**
     * A schema node named in a choice check, and its slot in the record of given fields.
     *
     * @param slot the slot, or -1 for a node no member can name (never given)
     * @param localName its name without module, for messages
     */
    record Field(int slot, String localName) {
        static Field of(final DataSchemaNode node, final Map<QName, Integer> slots) {
            final Integer slot = slots.get(node.getQName());
            return new Field(slot == null ? -1 : slot, node.getQName().getLocalName());
        }

        boolean isIn(final boolean[] present) {
            return slot >= 0 && present[slot];
        }
    }

    /**
     * One case of a choice.
     *
     * @param fields the nodes directly in the case, in schema order
     * @param mandatory those of them that are mandatory
     */
    record Case(List<Field> fields, List<Field> mandatory) {
        Case {
            fields = List.copyOf(fields);
            mandatory = List.copyOf(mandatory);
        }
    }

    /**
     * A choice directly below a container.
     *
     * @param name the choice's name
     * @param mandatory whether one of its cases must be given
     * @param cases its cases, in schema order
     * @param fields the names of every case's fields, as a mandatory choice that is not answered lists them
     */
    record Choice(String name, boolean mandatory, List<Case> cases, String fields) {
        Choice {
            cases = List.copyOf(cases);
        }

        static Choice of(final ChoiceSchemaNode choice, final Map<QName, Integer> slots) {
            final List<Case> cases = new ArrayList<>();
            final List<String> names = new ArrayList<>();
            for (CaseSchemaNode branch : choice.getCases()) {
                final List<Field> fields = new ArrayList<>();
                final List<Field> mandatory = new ArrayList<>();
                for (DataSchemaNode member : branch.getChildNodes()) {
                    final Field field = Field.of(member, slots);
                    fields.add(field);
                    names.add(field.localName());
                    if (member instanceof MandatoryAware aware && aware.isMandatory()) {
                        mandatory.add(field);
                    }
                }
                cases.add(new Case(fields, mandatory));
            }
            return new Choice(choice.getQName().getLocalName(), choice.isMandatory(), cases,
                String.join(", ", names));
        }
    }

    /**
     * Checks the choices directly below a container against the fields an object gives.
     *
     * @param choices the container's choices
     * @param present which of the container's fields the object gives, by slot
     * @param complete whether the object replaces what is stored, so a mandatory choice must be answered in it
     * @param where the object's position, for messages
     * @param problems where to add what is wrong
     */
    static void check(final List<Choice> choices, final boolean[] present, final boolean complete,
            final Where where, final List<String> problems) {
        for (Choice choice : choices) {
            List<String> chosen = List.of();
            Case chosenCase = null;
            for (Case branch : choice.cases()) {
                for (Field member : branch.fields()) {
                    if (member.isIn(present)) {
                        if (chosen.isEmpty()) {
                            chosen = new ArrayList<>(2);
                        }
                        chosen.add(member.localName());
                        chosenCase = branch;
                        break;
                    }
                }
            }
            if (chosen.size() == 1 && complete) {
                mandatory(chosenCase, present, where, problems);
            }
            if (chosen.size() > 1) {
                problems.add(where.text() + ": " + String.join(" and ", chosen) + " are alternatives ("
                    + choice.name() + "); give only one");
            } else if (chosen.isEmpty() && complete && choice.mandatory()) {
                problems.add(where.child(choice.name()).text() + ": needs one of " + choice.fields());
            }
        }
    }

    private static void mandatory(final @Nullable Case chosen, final boolean[] present, final Where where,
            final List<String> problems) {
        if (chosen != null) {
            for (Field member : chosen.mandatory()) {
                if (!member.isIn(present)) {
                    problems.add(where.child(member.localName()).text() + ": is mandatory and missing");
                }
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
}
