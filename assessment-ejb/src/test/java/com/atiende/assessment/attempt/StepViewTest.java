package com.atiende.assessment.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The outcome of a reply not taken must never reach the client: the step view has no place to put it. */
class StepViewTest {

    @Test
    void offersRepliesByCodeAndTextOnly() {
        assertThat(ChoiceOption.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("code", "reply");
    }

    @Test
    void carriesNothingAboutWhereRepliesLead() {
        assertThat(Arrays.stream(StepView.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.matches("(?i).*(feedback|effect|next|critical|score|points).*"));
    }
}
