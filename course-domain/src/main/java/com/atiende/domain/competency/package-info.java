/**
 * Competencies: the skills a course scores (active listening, empathy...). They are content, defined once for all
 * courses, and referenced by code from scenario effects, course weights and floors.
 */
package com.atiende.domain.competency;
