/**
 * Role-play scenarios: a directed acyclic graph of steps in which the learner picks replies, and the arithmetic
 * that turns the points of a path into competency scores ({@link com.atiende.domain.scenario.Scoring}).
 */
package com.atiende.domain.scenario;
