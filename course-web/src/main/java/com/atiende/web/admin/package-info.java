/** Backing beans of the administration pages: people, roles, passwords, directory import, the signing key. */
package com.atiende.web.admin;
