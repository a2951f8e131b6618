/** Backing beans of the HR pages: audit log, API tokens (later assignments and reports). */
package com.atiende.web.hr;
