/**
 * Course content files (YAML and Markdown with front matter): read into immutable definitions, from the shipped
 * content jar, a directory or an imported zip; checked by the content validator against every rule a course must meet
 * before it is loaded, imported or published, with the analysis of each scenario graph (what any path can score) that
 * grading relies on; and assembled into entities. Neither reading nor checking stops at the first problem: every
 * problem found becomes a {@link com.atiende.domain.content.ContentProblem} with its file and place.
 */
package com.atiende.domain.content;
