/** Backing beans of the pages every signed-in person has: their profile. */
package com.atiende.web.account;
