/** The catalogue of published courses, read by every audience. */
package com.atiende.assessment.catalog;
