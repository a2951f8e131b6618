/**
 * The course aggregate: a versioned, publishable unit of content a learner enrols in, with its lessons and its
 * role-play scenarios (each a directed acyclic graph of steps in which the learner picks replies), and the rules that
 * turn the points of a path into competency scores ({@link com.atiende.domain.course.Scoring}) and decide when a
 * scenario is passed. A published course version never changes; new content is a new version.
 */
package com.atiende.domain.course;
