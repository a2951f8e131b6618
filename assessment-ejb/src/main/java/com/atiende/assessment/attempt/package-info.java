/**
 * Playing role-play scenarios: starting or resuming an attempt, showing the current step (never the effects of the
 * replies on offer), and recording each reply the moment it is chosen, once, even when a request is repeated or two
 * tabs answer together.
 */
package com.atiende.assessment.attempt;
