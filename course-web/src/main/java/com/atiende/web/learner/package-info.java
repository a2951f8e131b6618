/** Backing beans of the employee's pages: home, catalogue, course, lesson reader, role-play player. */
package com.atiende.web.learner;
