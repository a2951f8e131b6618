package com.atiende.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.domain.notification.NoticeDelivery;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.SmtpMail;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The runner's loop without a container: each due thing claimed in a transaction of its own, the message sent only
 * once the claim is done and never inside a transaction, the outcome recorded, and the run counted.
 */
class NotificationRunServiceTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:17:00Z");

    private final Transactions transactions = new Transactions();
    private final Mailbox mailbox = new Mailbox(true);
    private final Kind kind = new Kind(transactions);

    @Test
    void sendsWhatItClaimedAndRecordsItAsSent() {
        kind.due(1, 2);

        NotificationRun run = runner(mailbox).run(kind);

        assertThat(run).isEqualTo(new NotificationRun("Test", 2, 2, 2));
        assertThat(mailbox.sent).containsExactly("one@example.com: subject 1", "two@example.com: subject 2");
        assertThat(kind.recorded).containsExactly(Map.entry(1L, NoticeDelivery.SENT),
                Map.entry(2L, NoticeDelivery.SENT));
    }

    @Test
    void sendsNothingForWhatAnotherRunClaimedFirst() {
        kind.due(1, 2);
        kind.claimedElsewhere.add(1L);

        NotificationRun run = runner(mailbox).run(kind);

        assertThat(run).isEqualTo(new NotificationRun("Test", 2, 1, 1));
        assertThat(mailbox.sent).containsExactly("two@example.com: subject 2");
        assertThat(kind.recorded).containsOnlyKeys(2L);
    }

    @Test
    void claimsEachInATransactionOfItsOwnAndSendsOutsideAny() {
        kind.due(1, 2);

        runner(mailbox).run(kind);

        assertThat(transactions.begun).as("the list, then a claim and a record for each").isEqualTo(5);
        assertThat(mailbox.sentInTransaction).isFalse();
    }

    @Test
    void recordsAMessageTheServerRefusedAsFailedAndGoesOn() {
        kind.due(1, 2);
        mailbox.refuse.add("one@example.com");

        NotificationRun run = runner(mailbox).run(kind);

        assertThat(run).isEqualTo(new NotificationRun("Test", 2, 2, 1));
        assertThat(kind.recorded).containsExactly(Map.entry(1L, NoticeDelivery.FAILED),
                Map.entry(2L, NoticeDelivery.SENT));
    }

    @Test
    void recordsNotConfiguredWithoutAMailServer() {
        kind.due(1);
        Mailbox none = new Mailbox(false);

        NotificationRun run = runner(none).run(kind);

        assertThat(run).isEqualTo(new NotificationRun("Test", 1, 1, 0));
        assertThat(none.sent).isEmpty();
        assertThat(kind.recorded).containsExactly(Map.entry(1L, NoticeDelivery.NOT_CONFIGURED));
    }

    @Test
    void asksForNoMoreThanABatch() {
        runner(mailbox).run(kind);

        assertThat(kind.limit).isEqualTo(NotificationRunService.BATCH);
        assertThat(kind.now).isEqualTo(NOW);
    }

    @Test
    void aClaimThatFailsEndsTheRunBeforeAnythingIsSent() {
        kind.due(1, 2);
        kind.broken.add(1L);

        assertThatThrownBy(() -> runner(mailbox).run(kind)).isInstanceOf(IllegalStateException.class);
        assertThat(mailbox.sent).isEmpty();
    }

    private NotificationRunService runner(Mailbox mail) {
        return new NotificationRunService(transactions, mail, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Runs the work as if in a transaction of its own, and says whether one is open. */
    private static final class Transactions extends RetryingTransactions {

        int begun;
        boolean open;

        @Override
        public <T> T run(Supplier<T> work) {
            assertThat(open).as("a transaction inside another").isFalse();
            begun++;
            open = true;
            try {
                return work.get();
            } finally {
                open = false;
            }
        }
    }

    /** A mail server that takes every message but those to the addresses it refuses. */
    private final class Mailbox extends SmtpMail {

        final List<String> sent = new ArrayList<>();
        final Set<String> refuse = new HashSet<>();
        final boolean configured;
        boolean sentInTransaction;

        Mailbox(boolean configured) {
            super(new Settings.Smtp(Optional.empty(), 25, "atiende@localhost", Optional.empty(), Optional.empty(), false));
            this.configured = configured;
        }

        @Override
        public boolean isConfigured() {
            return configured;
        }

        @Override
        public void send(String to, String subject, String text) throws MessagingException {
            sentInTransaction |= transactions.open;
            if (refuse.contains(to)) {
                throw new MessagingException("550 mailbox unavailable");
            }
            sent.add(to + ": " + subject);
        }
    }

    /** A kind whose things are numbers, each told to its own address, claimed unless another run has it. */
    private static final class Kind implements ClaimedNotification {

        private static final List<String> NAMES = List.of("zero", "one", "two", "three");

        private final Transactions transactions;
        private List<Long> due = List.of();
        final Set<Long> claimedElsewhere = new HashSet<>();
        final Set<Long> broken = new HashSet<>();
        final Map<Long, NoticeDelivery> recorded = new LinkedHashMap<>();
        Instant now;
        int limit;

        Kind(Transactions transactions) {
            this.transactions = transactions;
        }

        void due(long... ids) {
            due = Arrays.stream(ids).boxed().toList();
        }

        @Override
        public String name() {
            return "Test";
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            this.now = now;
            this.limit = limit;
            return due;
        }

        @Override
        public Optional<Notice> claim(long dueId, Instant now, String claimedBy) {
            assertThat(transactions.open).as("claimed in a transaction").isTrue();
            assertThat(claimedBy).isNotBlank();
            if (broken.contains(dueId)) {
                throw new IllegalStateException("a bug in claim " + dueId);
            }
            return claimedElsewhere.contains(dueId) ? Optional.empty() : Optional.of(new Notice(dueId,
                    NAMES.get((int) dueId) + "@example.com", "subject " + dueId, "body", "about " + dueId));
        }

        @Override
        public void record(long claimId, NoticeDelivery delivery, Instant at) {
            assertThat(transactions.open).as("recorded in a transaction").isTrue();
            recorded.put(claimId, delivery);
        }
    }
}
