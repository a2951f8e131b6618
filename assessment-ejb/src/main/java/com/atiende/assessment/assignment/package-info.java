/**
 * HR assigns courses: a course due by a date, for a department, the whole organisation or people named by e-mail;
 * and follows the assigned courses against their dates (pending, overdue, completed on time or late).
 */
package com.atiende.assessment.assignment;
