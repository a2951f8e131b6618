package com.atiende.assessment.enrolment;

import java.io.Serializable;
import java.util.List;

/** An enrolment with every item of its course version, in order: what a course page shows. */
public record EnrolmentDetail(EnrolmentProgress progress, List<ItemProgress> items) implements Serializable {

    public EnrolmentDetail {
        items = List.copyOf(items);
    }
}
