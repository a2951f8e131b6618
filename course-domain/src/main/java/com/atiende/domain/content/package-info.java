/**
 * Reading course content files (YAML and Markdown with front matter) into immutable definitions, from the shipped
 * content jar, a directory or an imported zip, and assembling validated definitions into entities. Reading never
 * stops at the first problem: every problem found becomes a {@link com.atiende.domain.content.ContentProblem}.
 */
package com.atiende.domain.content;
