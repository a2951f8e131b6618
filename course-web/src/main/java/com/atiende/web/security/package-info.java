/**
 * Web security: the authentication mechanism (form sign-in for pages, bearer tokens for the API), the sign-in
 * page, the signed-in person, and the security headers on every response.
 */
package com.atiende.web.security;
