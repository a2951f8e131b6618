/**
 * The content validator: every rule a course must meet before it is loaded, imported or published, checked all at
 * once and reported with file and place, plus the analysis of each scenario graph (what any path can score) that
 * grading relies on.
 */
package com.atiende.domain.scenario.validation;
