package com.atiende.assessment.attempt;

import java.io.Serializable;

/** A reply on offer: its code, to send back with the choice, and its text. Nothing about where it leads. */
public record ChoiceOption(String code, String reply) implements Serializable {
}
