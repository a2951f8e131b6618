/** Backing beans of the administration pages: people, roles, passwords, directory import. */
package com.atiende.web.admin;
