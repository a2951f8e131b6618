package com.atiende.assessment.recertification;

/**
 * What one run of the job did.
 *
 * @param due      certificates found due and not yet claimed when the run began
 * @param claimed  certificates this run claimed (the others were claimed by a concurrent run, or no longer due)
 * @param notified learners this run e-mailed successfully
 */
public record RecertificationRun(int due, int claimed, int notified) {
}
