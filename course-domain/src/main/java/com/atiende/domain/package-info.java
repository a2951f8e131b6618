/**
 * The domain layer of Atiende: courses, their lessons and role-play scenarios, the competencies they score, and
 * the rules for grading, reading and validating course content. Nothing here depends on a container.
 */
package com.atiende.domain;
