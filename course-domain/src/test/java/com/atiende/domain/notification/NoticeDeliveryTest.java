package com.atiende.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A notice's outcome is recorded once, and is an outcome. */
class NoticeDeliveryTest {

    @Test
    void aPendingNoticeSettlesAsTheOutcomeReported() {
        assertThat(NoticeDelivery.PENDING.settledAs(NoticeDelivery.SENT)).isEqualTo(NoticeDelivery.SENT);
        assertThat(NoticeDelivery.PENDING.settledAs(NoticeDelivery.FAILED)).isEqualTo(NoticeDelivery.FAILED);
    }

    @Test
    void onlyTheFirstOutcomeCounts() {
        assertThatThrownBy(() -> NoticeDelivery.SENT.settledAs(NoticeDelivery.FAILED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already SENT");
        assertThatThrownBy(() -> NoticeDelivery.NOT_NEEDED.settledAs(NoticeDelivery.SENT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pendingIsNoOutcome() {
        assertThatThrownBy(() -> NoticeDelivery.PENDING.settledAs(NoticeDelivery.PENDING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
