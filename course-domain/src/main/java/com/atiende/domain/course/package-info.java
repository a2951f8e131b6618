/**
 * Courses and their lessons: the versioned, publishable unit of content a learner enrols in, with the rules that
 * decide when a scenario is passed. A published course version never changes; new content is a new version.
 */
package com.atiende.domain.course;
