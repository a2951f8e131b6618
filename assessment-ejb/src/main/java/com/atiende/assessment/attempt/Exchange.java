package com.atiende.assessment.attempt;

import java.io.Serializable;

/**
 * One answered turn of an attempt, as the transcript shows it: what the person said, the learner's reply and the
 * feedback on it. Only replies already chosen appear, so nothing about the replies not taken leaves the server.
 *
 * @param critical whether the reply was a critical one (it ended the attempt)
 */
public record Exchange(int sequence, String says, String reply, String feedback, boolean critical)
        implements Serializable {
}
