/**
 * Backing beans of the HR pages (administrators see them too): audit log, API tokens, the certificates register
 * with revocation and ZIP export, and the certificates that expire soon.
 */
package com.atiende.web.hr;
