package com.atiende.assessment.registry;

import java.io.Serializable;

/** A course HR can filter by. */
public record CourseChoice(String code, String title) implements Serializable {
}
